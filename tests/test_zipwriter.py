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


def test_a_zip_made_again_recompresses_only_changed_files_and_is_a_clean_zip(tmp_path, monkeypatch):
    """The offline bundle of a site one day larger: entries of unchanged files are copied from
    the last zip, and the zip is byte for byte the one made from nothing."""
    from reading_room.publish import bundle
    from reading_room.publish.siteplan import MANIFEST

    site = tmp_path / "site"
    for i in range(30):
        (site / "articles").mkdir(parents=True, exist_ok=True)
        (site / "articles" / f"{i}.html").write_text(f"<p>第{i}篇</p>" * (i + 1), "utf-8")
    (site / MANIFEST).write_text("{}", "utf-8")
    zipped = bundle.zip_site(site, tmp_path / "dist" / "a.zip", "a")
    assert MANIFEST not in str(zipfile.ZipFile(zipped).namelist())  # the build's record is not for readers
    (site / "articles" / "3.html").write_text("<p>更正</p>", "utf-8")
    (site / "articles" / "30.html").write_text("<p>新</p>", "utf-8")
    (site / "articles" / "7.html").unlink()
    compressed = []
    real = bundle.deflate
    monkeypatch.setattr(bundle, "deflate", lambda data, level: compressed.append(data) or real(data, level))
    again = bundle.zip_site(site, tmp_path / "dist" / "a.zip", "a").read_bytes()
    assert sorted(compressed) == sorted(["<p>更正</p>".encode(), "<p>新</p>".encode()])
    assert again == bundle.zip_site(site, tmp_path / "clean" / "a.zip", "a").read_bytes()
    with zipfile.ZipFile(tmp_path / "dist" / "a.zip") as z:
        assert z.testzip() is None and z.read("a/articles/3.html") == "<p>更正</p>".encode()
        assert "a/articles/7.html" not in z.namelist()
