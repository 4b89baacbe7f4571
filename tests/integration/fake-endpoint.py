#!/usr/bin/env python3
"""fake-endpoint.py PORTFILE: a fake SPARQL endpoint on a free loopback port
for the error cases of `newsgraph query --endpoint` (written to PORTFILE).
The path chooses the behaviour:
  /ok       a valid SELECT answer (two solutions, one unbound cell)
  /ask      {"boolean": true}
  /ask0     Virtuoso 7.2's form of an ASK answer: ?__ASK_RETVAL bound to 0
  /error    HTTP 500 with a Virtuoso-like message
  /badjson  HTTP 200, Content-Type JSON, a document cut short
  /html     HTTP 200 text/html (a login page, not results)
  /slow     waits 30 s before answering (for --timeout)
  /echo     answers the received form field 'query' as a literal
"""
import http.server
import json
import sys
import time
import urllib.parse

OK = {"head": {"vars": ["s", "name", "n"]},
      "results": {"bindings": [
          {"s": {"type": "uri", "value": "https://w3id.org/newsgraph/id/person/li-wenjie"},
           "name": {"type": "literal", "value": "李文杰", "xml:lang": "zh"},
           "n": {"type": "typed-literal", "value": "3",
                 "datatype": "http://www.w3.org/2001/XMLSchema#integer"}},
          {"s": {"type": "bnode", "value": "nodeID://b1001"},
           "name": {"type": "literal", "value": "a \"quoted\", name"}}]}}


class Handler(http.server.BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def send(self, code, ctype, body):
        data = body.encode("utf-8")
        self.send_response(code)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_POST(self):
        n = int(self.headers.get("Content-Length", "0"))
        form = urllib.parse.parse_qs(self.rfile.read(n).decode("utf-8"))
        path = self.path
        if path == "/ok":
            self.send(200, "application/sparql-results+json", json.dumps(OK))
        elif path == "/ask":
            self.send(200, "application/sparql-results+json", '{"head": {}, "boolean": true}')
        elif path == "/ask0":
            self.send(200, "application/sparql-results+json", json.dumps(
                {"head": {"link": [], "vars": ["__ASK_RETVAL"]},
                 "results": {"distinct": False, "ordered": True, "bindings": [
                     {"__ASK_RETVAL": {"type": "typed-literal", "value": "0",
                                       "datatype": "http://www.w3.org/2001/XMLSchema#integer"}}]}}))
        elif path == "/error":
            self.send(500, "text/plain",
                      "Virtuoso 37000 Error SP030: SPARQL compiler, line 1: syntax error at 'WHERE'\n"
                      "\nSPARQL query:\nSELECT WHERE\n")
        elif path == "/badjson":
            self.send(200, "application/sparql-results+json", '{"head": {"vars": ["s"]}, "results": {"bindi')
        elif path == "/html":
            self.send(200, "text/html", "<html><body><h1>Please log in</h1></body></html>")
        elif path == "/slow":
            time.sleep(30)
            self.send(200, "application/sparql-results+json", json.dumps(OK))
        elif path == "/echo":
            q = form.get("query", [""])[0]
            self.send(200, "application/sparql-results+json", json.dumps(
                {"head": {"vars": ["q"]},
                 "results": {"bindings": [{"q": {"type": "literal", "value": q}}]}}))
        else:
            self.send(404, "text/plain", "no such endpoint\n")


def main():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    with open(sys.argv[1] + ".tmp", "w") as f:
        f.write("%d\n" % server.server_address[1])
    import os
    os.rename(sys.argv[1] + ".tmp", sys.argv[1])
    server.serve_forever()


if __name__ == "__main__":
    main()
