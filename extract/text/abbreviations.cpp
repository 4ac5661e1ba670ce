#include "extract/text/abbreviations.h"

#include <algorithm>
#include <array>

namespace newsgraph {
namespace {

// Titles, months, Latin and reference abbreviations: a capitalised word
// after them is a name or a number, not a new sentence. Sorted (byte order).
constexpr std::array<std::string_view, 84> kTitles = {
    "Adm",  "Ald",   "Apr",  "Assn",  "Asst", "Atty",  "Aug",   "Brig",  "Capt",  "Cdr",
    "Cmdr", "Col",   "Comdr", "Con",  "Cpl",  "Dec",   "Dept",  "Det",   "Dr",    "Drs",
    "Feb",  "Fig",   "Fr",   "Ft",    "Gen",  "Gens",  "Gov",   "Govs",  "Hon",   "Insp",
    "Jan",  "Jul",   "Jun",  "Lt",    "Maj",  "Mar",   "Messrs", "Mlle", "Mme",   "Mr",
    "Mrs",  "Ms",    "Msgr", "Mt",    "Nov",  "Oct",   "Pfc",   "Prof",  "Pvt",   "Rep",
    "Reps", "Rev",   "Sen",  "Sens",  "Sep",  "Sept",  "Sgt",   "Sr",    "St",    "Ste",
    "Supt", "Vol",   "approx", "cf",  "dept", "e.g",   "eg",    "fig",   "gov",   "govt",
    "i.e",  "ie",    "p",    "pp",    "pres",  "prof",  "sen",   "sgt",
    "st",   "v",     "viz",  "vol",   "vols", "vs",
};

// Company, place and other abbreviations that end sentences as often as not.
constexpr std::array<std::string_view, 72> kSentenceEnders = {
    "Ala",  "Alta",  "Ariz", "Ark",  "Ave",   "Blvd", "Bros",  "Calif", "Co",   "Colo", "Conn",
    "Corp", "Cos",  "Del",  "Fla",   "Fri",  "Ga",    "Inc",   "Ind",  "Jr",   "Kan",
    "Kans", "Ky",   "La",   "Ln",    "Ltd",  "Md",    "Mich",  "Minn", "Mon",  "Mont",
    "Neb",  "Nev",  "Okla", "Ont",   "Ore",   "Pa",   "Penn",  "Pl",    "Plc",  "Que",   "Rd",   "Sask",  "Sat",
    "Tenn", "Tex",  "Thu",  "Thur",  "Thurs", "Tue",  "Tues",  "Va",   "Vt",   "Wed",
    "Wis",  "Wyo",  "al",   "ca",    "cent", "co",    "corp",  "esp",  "est",  "etc",
    "ft",   "inc",  "jr",   "ltd",   "mgmt", "mins",  "sq",    "yr",
};

bool contains(const auto& sorted, std::string_view word) {
  return std::binary_search(sorted.begin(), sorted.end(), word);
}

bool is_ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

}  // namespace

bool is_dotted_acronym(std::string_view word) {
  size_t group = 0;
  bool has_dot = false;
  for (char c : word) {
    if (c == '.') {
      if (group == 0) return false;
      has_dot = true;
      group = 0;
    } else if (is_ascii_letter(c)) {
      if (++group > 3) return false;
    } else {
      return false;
    }
  }
  return has_dot && group > 0;
}

AbbreviationKind abbreviation_kind(std::string_view word) {
  if (word.empty()) return AbbreviationKind::kNone;
  // A capital initial: "J. Smith". "I" is the pronoun far more often.
  if (word.size() == 1 && word[0] >= 'A' && word[0] <= 'Z' && word[0] != 'I') {
    return AbbreviationKind::kTitle;
  }
  if (word == "No" || word == "Nos" || word == "no" || word == "nos" || word == "Art" ||
      word == "art" || word == "Ch" || word == "ch" || word == "Sec" || word == "sec") {
    return AbbreviationKind::kNumbered;
  }
  if (contains(kTitles, word)) return AbbreviationKind::kTitle;
  if (contains(kSentenceEnders, word)) return AbbreviationKind::kSentenceEnd;
  if (is_dotted_acronym(word)) return AbbreviationKind::kSentenceEnd;
  return AbbreviationKind::kNone;
}

}  // namespace newsgraph
