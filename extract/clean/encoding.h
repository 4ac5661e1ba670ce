// Turning page bytes in any common encoding into valid UTF-8.
//
// The encoding is taken from a byte-order mark, then (for HTML) from
// <meta charset> or <meta http-equiv="Content-Type">, else UTF-8 is assumed.
// ISO-8859-1, US-ASCII and windows-1252 are decoded as windows-1252 (as
// browsers do); other declared encodings go through iconv. Bytes that are not
// valid in the assumed UTF-8 are decoded one by one as windows-1252, so the
// result is always valid UTF-8 and a mislabelled Latin-1 page stays readable.
#pragma once

#include <string>
#include <string_view>

namespace newsgraph {

// The charset a page declares, lower-cased ("utf-8", "iso-8859-1", ...), or ""
// when there is no BOM and no declaration in the first 4 KiB of markup.
std::string declared_charset(std::string_view bytes, bool html);

// The bytes as valid UTF-8 (BOM removed).
std::string to_utf8(std::string_view bytes, bool html);

// Windows-1252 (a superset of ISO-8859-1's printable range) → UTF-8.
std::string windows1252_to_utf8(std::string_view bytes);

}  // namespace newsgraph
