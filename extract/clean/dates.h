// Publication dates as ISO 8601, from metadata values and from the date lines
// news pages print ("Latest update : 2016-02-04", "Wednesday 03 February
// 2016 22:41 GMT", "Feb. 3, 2016 11:13 a.m. ET", "4 February 2016 00:00").
#pragma once

#include <string>
#include <string_view>

namespace newsgraph {

// A metadata value ("2016-02-03T22:41:00+00:00", "20160203", "Feb 3, 2016")
// as ISO 8601: the value itself when it already is ISO (trimmed), else
// "YYYY-MM-DD". "" when no date is found.
std::string normalize_date(std::string_view value);

// The first date written in a line of text, as "YYYY-MM-DD", or "".
// Numeric dates must be year-first (2016-02-04, 2016/02/04) or have a day
// above 12 so the order is certain.
std::string find_date(std::string_view text);

}  // namespace newsgraph
