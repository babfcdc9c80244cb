// Page furniture: lines that belong to the web page around an article, not to the news itself.
// General rules only (credits, copyright, calls to action, widgets), never lines of a particular site.

const FURNITURE_PATTERNS: RegExp[] = [
  /^(image|photo|picture|video|graphic|illustration)s?\s*(by|:|credit|courtesy|source)\b/i,
  /^(edited|engineered|written|reported|compiled|produced)\s+by\b.{0,120}$/i,
  /^(©|\(c\)|copyright\b)/i,
  /\ball rights reserved\b/i,
  /^(read|learn|see|find out|click here for)\s+more\b.{0,40}$/i,
  /^(you may also like|more from (the )?author|related( articles| posts| stories)?|recommended( for you)?|trending( now)?|most read|popular( posts| stories)?)\W*$/i,
  /^(\+\s*)?there are no comments\b/i,
  /^(comments?|add yours|leave a (comment|reply)|\d+ comments?|share( this( article)?)?|follow us\b.*|subscribe\b.*|sign up\b.*)\W*$/i,
  /^(estimated )?(read(ing)? time|\d+\s*min(ute)?s?\s+read)\b.{0,30}$/i,
  /\b\d+\s*min(ute)?s?\s+read\W*$/i,
  /\b(trade|invest) (confidently|smarter)\b/i,
  /\b(newsletter|sign up for|subscribe to our)\b.{0,80}$/i,
  /\bdoes not provide investment advice\b/i,
  /\bcontent generation system\b/i,
  /^advertisement\W*$/i,
  // a news agency's sign-off closing a wire story ("REUTER", "AP")
  /^(reuters?|ap|afp|upi|dpa)$/i,
];

/** True when a whole line of text is page furniture rather than article content. */
export function isFurniture(line: string): boolean {
  const text = line.trim();
  if (!text) return true;
  return FURNITURE_PATTERNS.some((re) => re.test(text));
}
