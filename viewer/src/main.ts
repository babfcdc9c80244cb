// Viewer entry (work in progress).
export {};
