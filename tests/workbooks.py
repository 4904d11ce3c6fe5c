"""Workbooks built in memory, as the tests send them to the readers: one helper for every test and file set that
needs a plain workbook of rows or the package around a LibreOffice sheet (a workbook with formulas, styles or a
table placed away from A1 has a builder of its own beside the test that needs it)."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Mapping, Sequence
from datetime import date, datetime
from xml.sax.saxutils import escape

from openpyxl import Workbook

Rows = Sequence[Sequence[object]]
BySheet = Mapping[str, Sequence[str]] | Sequence[str]


def _of_sheet(given: BySheet | None, title: str, first: str) -> Sequence[str]:
    """What `given` says of the sheet `title`: by sheet name, or (a plain sequence) of the first sheet."""
    if given is None:
        return ()
    if isinstance(given, Mapping):
        return given.get(title, ())
    return given if title == first else ()


def workbook(sheets: Mapping[str, Rows] | Rows, *, merges: BySheet | None = None,
             hidden_columns: BySheet | None = None, hidden_sheets: Sequence[str] = (),
             date_format: str = "DD.MM.YYYY") -> bytes:
    """An XLSX file of `sheets` (sheet name → rows, in order; or the rows of one sheet named "Sheet", as a new
    workbook names it), each row appended from A1 down. Dates become real Excel dates shown as `date_format`;
    `merges` («A1:C1») and `hidden_columns` («B») are given by sheet name, or as a plain list for the first
    sheet; a sheet in `hidden_sheets` is hidden and the first visible one is the one Excel opens at."""
    by_name = dict(sheets) if isinstance(sheets, Mapping) else {"Sheet": sheets}
    first = next(iter(by_name), "Sheet")
    book = Workbook()
    book.remove(book.active)
    for title, rows in by_name.items():
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(list(row))
        for cells in sheet.iter_rows():
            for cell in cells:
                if isinstance(cell.value, (date, datetime)):
                    cell.number_format = date_format
        for span in _of_sheet(merges, title, first):
            sheet.merge_cells(span)
        for letter in _of_sheet(hidden_columns, title, first):
            sheet.column_dimensions[letter].hidden = True
        if title in hidden_sheets:
            sheet.sheet_state = "hidden"
    if by_name:
        book.active = next(i for i, title in enumerate(by_name) if title not in hidden_sheets)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def ods_package(content: str) -> bytes:
    """An OpenDocument spreadsheet (.ods) around its `content.xml`, packed as LibreOffice Calc packs it: the
    media type stored first and uncompressed, then the manifest and the content."""
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
        '<manifest:file-entry manifest:full-path="/" '
        'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet",
                         compress_type=zipfile.ZIP_STORED)
        archive.writestr("META-INF/manifest.xml", manifest, compress_type=zipfile.ZIP_DEFLATED)
        archive.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
    return buffer.getvalue()


def docx_bytes(paragraphs: Sequence[str] = (), table: Rows = ()) -> bytes:
    """A Word document (.docx) of paragraphs, then a table of rows when one is given, packed as Word packs it:
    what officers send instead of a sheet, which the readers refuse."""
    cell = "<w:tc><w:p><w:r><w:t>{}</w:t></w:r></w:p></w:tc>"
    body = "".join(f"<w:p><w:r><w:t>{escape(text)}</w:t></w:r></w:p>" for text in paragraphs)
    if table:
        body += "<w:tbl>" + "".join(
            "<w:tr>" + "".join(cell.format(escape(str(value))) for value in row) + "</w:tr>" for row in table
        ) + "</w:tbl>"
    document = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                f"<w:body>{body}</w:body></w:document>")
    types = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
             '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
             '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
             '<Default Extension="xml" ContentType="application/xml"/>'
             '<Override PartName="/word/document.xml" '
             'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
             "</Types>")
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" '
            'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
            'Target="word/document.xml"/></Relationships>')
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", types)
        archive.writestr("_rels/.rels", rels)
        archive.writestr("word/document.xml", document)
    return buffer.getvalue()
