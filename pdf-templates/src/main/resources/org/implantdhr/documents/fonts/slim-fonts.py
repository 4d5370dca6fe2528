import sys
from fontTools.ttLib import TTFont
for src, dst in zip(sys.argv[1::2], sys.argv[2::2]):
    f = TTFont(src)
    for tag in ("GSUB", "GPOS", "GDEF", "kern", "hdmx", "VDMX", "LTSH", "FFTM", "PfEd", "BASE", "MATH"):
        if tag in f:
            del f[tag]
    f["post"].formatType = 3.0
    cmap = f["cmap"]
    cmap.tables = [t for t in cmap.tables if (t.platformID, t.platEncID, t.format) == (3, 1, 4)]
    f.save(dst)
