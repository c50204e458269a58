#!/usr/bin/env python3
"""Turns a corpus/real STEM.txt into HTML for LibreOffice: consecutive lines holding a TAB become one ruled
table (one row per line, one cell per TAB-separated field, empty fields stay empty cells); every other line
becomes a paragraph. All document text is HTML-escaped, so it stays inert.
RULES=none draws no ruling lines and RULES=header only a line above the table, under its first row and below it
(the three-line tables many offices print): real PDFs often come that way, and tables.md measures both."""
import html
import os
import sys

TABLE_OPEN = {
    "all": '<table border="1" cellspacing="0" cellpadding="2" style="border-collapse:collapse">',
    "none": '<table border="0" cellspacing="0" cellpadding="2">',
    # LibreOffice's HTML import ignores CSS borders but honours HTML 4's frame and rules attributes.
    "header": '<table border="1" frame="hsides" rules="groups" cellspacing="0" cellpadding="2">',
}


def blocks(lines):
    table = []
    for line in lines:
        if "\t" in line:
            table.append(line.split("\t"))
            continue
        if table:
            yield "table", table
            table = []
        yield "para", line
    if table:
        yield "table", table


def render(text, title, rules="all"):
    out = ['<!DOCTYPE html>', '<html><head><meta charset="utf-8">',
           f'<title>{html.escape(title)}</title></head><body>']
    for kind, content in blocks(text.splitlines()):
        if kind == "para":
            out.append(f"<p>{html.escape(content)}</p>" if content.strip() else "<p></p>")
            continue
        out.append(TABLE_OPEN[rules])
        for index, row in enumerate(content):
            cells = "".join(f"<td>{html.escape(cell)}</td>" for cell in row)
            row_html = f"<tr>{cells}</tr>"
            if rules == "header" and index == 0:
                row_html = f"<thead>{row_html}</thead><tbody>"
            out.append(row_html)
        if rules == "header":
            out.append("</tbody>")
        out.append("</table>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    source, target, title = sys.argv[1], sys.argv[2], sys.argv[3]
    with open(source, encoding="utf-8") as f:
        text = f.read()
    with open(target, "w", encoding="utf-8") as f:
        f.write(render(text, title, os.environ.get("RULES", "all")))
