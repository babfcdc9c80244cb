# Reads an export with an independent tool (NetworkX, rdflib, Python's csv) and prints a JSON summary for the
# vitest suite to compare with the graph. Usage: independent.py gexf|graphml|ttl|csv FILE [FILE2]
import csv
import json
import sys


def gexf(path):
    import networkx as nx
    from networkx.readwrite import gexf as reader

    # NetworkX's reader knows the GEXF 1.1/1.2draft namespaces only; 1.3 uses the same elements under its own
    # namespaces, so we register them and let NetworkX's parsing code do the rest.
    if "1.3" not in reader.GEXF.versions:
        version = dict(reader.GEXF.versions["1.2draft"])
        version.update(NS_GEXF="http://gexf.net/1.3", NS_VIZ="http://gexf.net/1.3/viz", VERSION="1.3")
        reader.GEXF.versions["1.3"] = version
    return networkx_summary(nx.read_gexf(path))


def graphml(path):
    import networkx as nx

    return networkx_summary(nx.read_graphml(path))


def networkx_summary(g):
    edges = []
    if g.is_multigraph():
        for u, v, key, data in g.edges(data=True, keys=True):
            edges.append({"source": u, "target": v, "key": key, "data": data})
    else:
        for u, v, data in g.edges(data=True):
            edges.append({"source": u, "target": v, "key": data.get("id"), "data": data})
    return {
        "directed": g.is_directed(),
        "nodes": {n: d for n, d in g.nodes(data=True)},
        "edges": edges,
    }


def ttl(path):
    import rdflib

    g = rdflib.Graph()
    g.parse(path, format="turtle")
    ng = rdflib.Namespace(next(str(ns) for prefix, ns in g.namespaces() if prefix == "ng"))
    relations = {}
    for rel in g.subjects(rdflib.RDF.type, ng.Relation):
        relations[str(rel)] = {
            "subject": str(g.value(rel, ng.subject)),
            "object": str(g.value(rel, ng.object)),
            "predicate": str(g.value(rel, ng.predicate)),
            "negated": g.value(rel, ng.negated).toPython(),
            "evidence": sorted(str(g.value(ev, ng.text)) for ev in g.objects(rel, ng.evidence)),
        }
    labels = {str(s): str(o) for s, o in g.subject_objects(rdflib.RDFS.label) if (s, rdflib.RDF.type, ng.Entity) in g}
    return {"triples": len(g), "relations": relations, "labels": labels}


def csv_files(nodes_path, edges_path):
    def read(path):
        with open(path, newline="", encoding="utf-8") as handle:
            rows = list(csv.reader(handle))
        return {"header": rows[0], "rows": rows[1:]}

    return {"nodes": read(nodes_path), "edges": read(edges_path)}


if __name__ == "__main__":
    kind = sys.argv[1]
    if kind == "csv":
        result = csv_files(sys.argv[2], sys.argv[3])
    else:
        result = {"gexf": gexf, "graphml": graphml, "ttl": ttl}[kind](sys.argv[2])
    json.dump(result, sys.stdout, sort_keys=True, default=str)
