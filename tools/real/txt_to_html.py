#!/usr/bin/env python3
"""Turns a corpus/real STEM.txt into HTML for LibreOffice: consecutive lines holding a TAB become one ruled
table (one row per line, one cell per TAB-separated field, empty fields stay empty cells); every other line
becomes a paragraph. All document text is HTML-escaped, so it stays inert."""
import html
import sys


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


def render(text, title):
    out = ['<!DOCTYPE html>', '<html><head><meta charset="utf-8">',
           f'<title>{html.escape(title)}</title></head><body>']
    for kind, content in blocks(text.splitlines()):
        if kind == "para":
            out.append(f"<p>{html.escape(content)}</p>" if content.strip() else "<p></p>")
            continue
        out.append('<table border="1" cellspacing="0" cellpadding="2" style="border-collapse:collapse">')
        for row in content:
            cells = "".join(f"<td>{html.escape(cell)}</td>" for cell in row)
            out.append(f"<tr>{cells}</tr>")
        out.append("</table>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    source, target, title = sys.argv[1], sys.argv[2], sys.argv[3]
    with open(source, encoding="utf-8") as f:
        text = f.read()
    with open(target, "w", encoding="utf-8") as f:
        f.write(render(text, title))
