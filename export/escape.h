// Escaping of page-derived strings for each output format. Pages are written
// by strangers, so every writer passes every string through one of these; none
// of them trusts its input to be valid UTF-8 (invalid bytes become U+FFFD).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace newsgraph::escape {

// text with every invalid UTF-8 sequence replaced by U+FFFD.
std::string valid_utf8(std::string_view text);

// XML 1.0 character data or attribute value (without the quotes): & < >
// escaped, and " ' in attributes; characters XML 1.0 forbids (C0 controls other than tab, LF, CR;
// U+FFFE, U+FFFF) removed; tab/LF/CR as character references in attributes
// (attribute normalisation would turn them into spaces) and CR in content.
std::string xml(std::string_view text, bool attribute = false);

// The items joined with ';', each item's '\' written "\\" and ';' "\;", so
// the list can be split back without loss (GraphML list attributes).
std::string joined_list(const std::vector<std::string>& items);

// A Cypher string literal, single-quoted: quotes and backslashes escaped,
// every character outside printable ASCII as \uXXXX (UTF-16, surrogate pairs
// above U+FFFF), so the file is plain ASCII and nothing can end the literal.
std::string cypher_string(std::string_view text);

// A Graphviz quoted string with the quotes, for labels and tooltips: '"' and
// '\' escaped, LF as the centred line break "\n", other control characters
// removed, and '&' as "&amp;" (Graphviz turns entities in labels into
// characters, so "&amp;" in a name must reach it as "&amp;amp;").
std::string dot_string(std::string_view text);
// The same for node ids, which Graphviz keeps as written: '&' stays.
std::string dot_id(std::string_view text);

// One RFC 4180 field: quoted (quotes doubled) when it holds a comma, a quote,
// CR or LF, or begins or ends with a space; else as is.
std::string csv_field(std::string_view text);

// A double as the shortest text that reads back to the same value, always
// with a '.' or exponent so readers see a float; non-finite values as "0.0".
std::string number(double value);

}  // namespace newsgraph::escape
