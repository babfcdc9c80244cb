# Reads an export with an independent tool (NetworkX, rdflib, Python's csv) and prints a JSON summary for the
# vitest suite to compare with the graph.
# Usage: independent.py gexf|graphml|ttl|csv FILE [FILE2], or independent.py batch MANIFEST.json
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
        "multigraph": g.is_multigraph(),
        "mode": g.graph.get("mode"),
        "nodes": {n: d for n, d in g.nodes(data=True)},
        "edges": edges,
    }


def ttl(path):
    import rdflib
    from rdflib.namespace import OWL, RDF, RDFS

    g = rdflib.Graph()
    g.parse(path, format="turtle")
    ng = rdflib.Namespace(next(str(ns) for prefix, ns in g.namespaces() if prefix == "ng"))
    schema = rdflib.Namespace("https://schema.org/")
    relations = {}
    for rel in g.subjects(RDF.type, RDF.Statement):
        relations[str(rel)] = {
            "subject": str(g.value(rel, RDF.subject)),
            "predicate": str(g.value(rel, RDF.predicate)),
            "object": str(g.value(rel, RDF.object)),
            "predicateText": str(g.value(rel, ng.predicateText)),
            "negated": g.value(rel, ng.negated).toPython(),
            "hedged": g.value(rel, ng.hedged).toPython(),
            "asserted": (g.value(rel, RDF.subject), g.value(rel, RDF.predicate), g.value(rel, RDF.object)) in g,
            "firstSeen": [str(d.datatype) for d in g.objects(rel, ng.firstSeen)],
            "evidence": sorted(str(g.value(ev, ng.text)) for ev in g.objects(rel, ng.evidence)),
        }
    entities = set(g.subjects(RDF.type, ng.Entity))
    labels = {str(s): str(o) for s, o in g.subject_objects(RDFS.label) if s in entities}
    schema_types = {str(s): sorted(str(o) for o in g.objects(s, RDF.type) if str(o).startswith(str(schema))) for s in entities}
    # Every term of our vocabulary and every predicate that is used must be declared (a class or a property).
    declared = set(g.subjects(RDF.type, OWL.Class)) | set(g.subjects(RDF.type, OWL.ObjectProperty)) | set(
        g.subjects(RDF.type, OWL.DatatypeProperty)
    )
    used = {p for p in g.predicates() if str(p).startswith(str(ng)) or "/predicate/" in str(p)}
    used |= {o for o in g.objects(None, RDF.type) if str(o).startswith(str(ng))}
    urls = [type(o).__name__ for o in g.objects(None, schema.url)]
    dates = sorted({str(o.datatype) for o in g.objects(None, rdflib.URIRef("http://purl.org/dc/terms/date"))})
    return {
        "triples": len(g),
        "entities": len(entities),
        "relations": relations,
        "labels": labels,
        "schemaTypes": schema_types,
        "undeclared": sorted(str(t) for t in used - declared),
        "urls": urls,
        "dateTypes": dates,
    }


def csv_files(nodes_path, edges_path):
    def read(path):
        with open(path, newline="", encoding="utf-8") as handle:
            rows = list(csv.reader(handle))
        return {"header": rows[0], "rows": rows[1:]}

    return {"nodes": read(nodes_path), "edges": read(edges_path)}


def read(kind, paths):
    if kind == "csv":
        return csv_files(paths[0], paths[1])
    return {"gexf": gexf, "graphml": graphml, "ttl": ttl}[kind](paths[0])


if __name__ == "__main__":
    # `batch MANIFEST`: many reads in one process (importing NetworkX and rdflib takes seconds); the manifest is a
    # JSON list of [kind, path, ...], the output a list of results in the same order.
    if sys.argv[1] == "batch":
        with open(sys.argv[2], encoding="utf-8") as handle:
            jobs = json.load(handle)
        result = [read(job[0], job[1:]) for job in jobs]
    else:
        result = read(sys.argv[1], sys.argv[2:])
    json.dump(result, sys.stdout, sort_keys=True, default=str)
