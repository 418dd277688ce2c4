"""zipwriter: entries deflated elsewhere make a zip that Python's zipfile reads back exactly."""
import io
import zipfile

from reading_room.publish.zipwriter import ZipWriter, deflate


def _zip(files: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    writer = ZipWriter(out)
    for name, data in files.items():
        writer.add(name, deflate(data))
    writer.close()
    return out.getvalue()


def test_round_trip_names_content_dates_and_modes():
    files = {"site/index.html": b"<h1>\xe8\xaf\xbb\xe6\x8a\xa5\xe5\xae\xa4</h1>" * 50, "site/空.txt": b"",
             "site/文章/郑州.html": "鄭州 郑州".encode() * 999}
    data = _zip(files)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert archive.testzip() is None  # every CRC checked
        assert archive.namelist() == list(files)
        assert {n: archive.read(n) for n in files} == files
        info = archive.getinfo("site/index.html")
        assert info.date_time == (1980, 1, 1, 0, 0, 0)
        assert info.compress_type == zipfile.ZIP_DEFLATED
        assert (info.external_attr >> 16) & 0o777 == 0o644
    assert _zip(files) == data  # same files, same bytes


def test_more_entries_than_a_plain_zip_holds_uses_zip64():
    files = {f"d/{n}.js": str(n).encode() for n in range(70_000)}  # a 50,000-article site has 140,000
    data = _zip(files)
    assert b"PK\x06\x06" in data[-200:]  # the ZIP64 end record
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert len(archive.namelist()) == 70_000
        assert archive.read("d/69999.js") == b"69999"
        assert archive.read("d/0.js") == b"0"
