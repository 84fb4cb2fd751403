#!/usr/bin/env bash
# Renders assets/icon/athena-wizard.svg into the icon files packaging and the app use, next to it:
#   athena-wizard-{16,24,32,48,64,128,256,512}.png   Linux (the .deb's desktop entry uses 256), window icons
#   athena-wizard.ico                                 Windows installer and launcher (16-256 px)
#   athena-wizard.icns                                macOS app bundle (PNG entries, 16-1024 px)
# and copies the window's icons (16-256 px; stage.getIcons()) into src/main/resources/dev/athenawizard/ui/icon/.
# Needs ImageMagick (convert) and python3. The outputs are committed; run this after editing the SVG.
set -euo pipefail
dir=$(cd "$(dirname "$0")/../../assets/icon" && pwd)
svg=$dir/athena-wizard.svg
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# Render once, large, and scale down: small sizes stay crisp and identical in shape.
convert -background none -density 384 "$svg" -resize 1024x1024 "$tmp/1024.png"
for size in 16 24 32 48 64 128 256 512; do
    convert "$tmp/1024.png" -filter Lanczos -resize "${size}x${size}" -depth 8 -strip "$dir/athena-wizard-$size.png"
done
convert "$dir"/athena-wizard-{16,24,32,48,64,128,256}.png "$dir/athena-wizard.ico"
window_icons=$dir/../../src/main/resources/dev/athenawizard/ui/icon
mkdir -p "$window_icons"
for size in 16 32 48 64 128 256; do cp "$dir/athena-wizard-$size.png" "$window_icons/"; done

# ICNS: a header, then one (type, length, PNG) entry per size; macOS reads PNG entries since 10.7.
python3 - "$dir" "$tmp/1024.png" <<'PY'
import struct, sys
d, big = sys.argv[1], sys.argv[2]
entries = [(b"icp4", f"{d}/athena-wizard-16.png"), (b"icp5", f"{d}/athena-wizard-32.png"),
           (b"icp6", f"{d}/athena-wizard-64.png"), (b"ic07", f"{d}/athena-wizard-128.png"),
           (b"ic08", f"{d}/athena-wizard-256.png"), (b"ic09", f"{d}/athena-wizard-512.png"),
           (b"ic10", big)]
body = b""
for kind, path in entries:
    data = open(path, "rb").read()
    body += kind + struct.pack(">I", len(data) + 8) + data
with open(f"{d}/athena-wizard.icns", "wb") as out:
    out.write(b"icns" + struct.pack(">I", len(body) + 8) + body)
PY
ls -l "$dir"
