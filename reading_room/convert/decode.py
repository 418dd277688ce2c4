"""Stage 1: bytes → text, and the decision that produced it.

Order: BOM → strict UTF-8 → charset declared in a `<meta>` tag → charset-normalizer → legacy
labels widened (GB2312/GBK → GB18030, Big5 → Big5-HKSCS).  Bytes that decode under no candidate
are replaced, but never silently: `DecodeError` or a warning names the byte offset.

Does not: clean markup, guess the script, read files.
"""
from __future__ import annotations

from dataclasses import replace

import codecs

from .. import patterns as P
from .meta.fold import to_traditional
from ..model import Decoded


class DecodeError(ValueError):
    """The bytes are not text this converter can read."""


#: Legacy labels widened to the superset that decodes everything the narrow one does.
WIDEN = {
    "gb2312": "gb18030", "gbk": "gb18030", "cp936": "gb18030", "euc_cn": "gb18030",
    "hz": "gb18030", "big5": "big5hkscs", "cp950": "big5hkscs",
}
BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)
NUL = b"\x00"


def normalise_label(label: str) -> str:
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return label.lower()
    return WIDEN.get(name.replace("-", "_"), name)


def decode(data: bytes, hint: str | None = None) -> Decoded:
    """Decode `data`: the text, the encoding decided and its warnings (each naming a byte offset).

    `hint` is an encoding the archivist named in `source.yml`, tried right after UTF-8.

    Raises:
        DecodeError: empty, binary, or undecodable input.
    """
    if not data.strip():
        raise DecodeError("empty file" if not data else "file holds only whitespace")
    for bom, enc in BOMS:
        if data.startswith(bom):
            return _strict(data, enc, 1.0, bom=True)
    if b"\x00" in data[:65536]:
        raise DecodeError(f"binary file (NUL byte at offset {data.index(NUL)})")
    try:
        return Decoded(data.decode("utf-8"), "utf-8", 1.0)
    except UnicodeDecodeError as exc:
        utf8_error = exc
    if hint:
        try:
            return _strict(data, normalise_label(hint), 0.95)
        except (DecodeError, LookupError):
            pass
    declared = P.META_CHARSET.search(data[:4096])
    if declared:
        enc = normalise_label(declared.group(1).decode("ascii", "replace"))
        try:
            return _strict(data, enc, 0.9)
        except (DecodeError, LookupError):
            pass
    guess = _detect(data)
    if guess:
        if guess.confidence < 0.5:
            return replace(guess, warnings=(f"encoding guessed as {guess.encoding} with low confidence"
                                            f" ({guess.confidence:.2f}): check the text",))
        return guess
    # Mostly UTF-8 with a few bad bytes: keep the text, say where the bytes were.
    if _mostly_utf8(data):
        text = data.decode("utf-8", errors="replace")
        bad = data[utf8_error.start:utf8_error.start + 1].hex()
        count = text.count("\ufffd")
        return Decoded(text, "utf-8", 0.5, warnings=(
            f"invalid UTF-8 byte 0x{bad} at offset {utf8_error.start}"
            f" ({count} replaced with U+FFFD)",))
    raise DecodeError(f"cannot decode: not UTF-8 (byte 0x{data[utf8_error.start]:02x} at offset"
                      f" {utf8_error.start}) and no legacy Chinese encoding fits")


def _strict(data: bytes, enc: str, confidence: float, bom: bool = False) -> Decoded:
    try:
        text = data.decode(enc)
    except UnicodeDecodeError as exc:
        raise DecodeError(f"not valid {enc}: byte 0x{data[exc.start]:02x} at offset {exc.start}") from exc
    if bom and text.startswith("\ufeff"):
        text = text[1:]
    _refuse_binary(text)
    return Decoded(text, enc.replace("_", "-"), confidence, bom)


def _refuse_binary(text: str) -> None:
    sample = text[:65536]
    if sample and len(P.CONTROL_CHAR.findall(sample)) > max(8, len(sample) // 100):
        raise DecodeError("binary file (control characters throughout)")


def _detect(data: bytes) -> Decoded | None:
    """Ask charset-normalizer; accept only Chinese-capable encodings that decode strictly."""
    from charset_normalizer import from_bytes

    for match in from_bytes(data[:200_000], cp_isolation=None):
        enc = normalise_label(match.encoding)
        if enc not in ("gb18030", "big5hkscs", "utf_16", "utf_16_le", "utf_16_be", "euc_jis_2004"):
            continue
        try:
            return _strict(data, enc, 1.0 - float(match.chaos))
        except DecodeError:
            continue
    # The detector may not offer Chinese for short texts; try the two legacy families directly,
    # preferring the one that yields more common Han characters.
    best = None
    for enc in ("gb18030", "big5hkscs"):
        try:
            decoded = _strict(data, enc, 0.6)
        except DecodeError:
            continue
        score = _han_score(decoded.text)
        if best is None or score > best[0]:
            best = (score, decoded)
    if best and best[0] > 0.3:
        return best[1]
    if best and not _mostly_utf8(data):
        # Decodes, but with few common characters: keep it, flagged as a low-confidence guess.
        return Decoded(best[1].text, best[1].encoding, round(best[0], 2), False)
    return None


COMMON = set("的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严")


def _common_both_scripts() -> set[str]:
    return COMMON | set(to_traditional("".join(sorted(COMMON))))


_COMMON_BOTH: set[str] = set()


def _han_score(text: str) -> float:
    if not _COMMON_BOTH:
        _COMMON_BOTH.update(_common_both_scripts())
    han = [c for c in text[:20000] if "\u4e00" <= c <= "\u9fff"]
    if not han:
        return 0.0
    return sum(c in _COMMON_BOTH for c in han) / len(han)


def _mostly_utf8(data: bytes) -> bool:
    text = data.decode("utf-8", errors="replace")
    return text.count("\ufffd") <= max(3, len(text) // 1000)
