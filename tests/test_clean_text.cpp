// The plain-text cleaner on a dump written for the tests, and on the five
// seed dumps of ../shared (titles and dates; bodies are scored by the
// benchmark in bench/README.md).
#include <catch2/catch.hpp>
#include <rapidjson/document.h>

#include <string>

#include "extract/clean/article_cleaner.h"
#include "tests/test_support.h"

using newsgraph::Article;
using newsgraph::clean_text;
using namespace newsgraph::testing;

namespace {
bool has(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}
}  // namespace

TEST_CASE("clean text: the fixture dump keeps the article lines only", "[clean]") {
  Article a = clean_text(read_file(source_dir() / "tests/fixtures/clean/ferry_dump.txt"));
  CHECK(a.title == "Ferry services resume after week-long strike ends");
  CHECK(a.date == "2022-05-10");  // "Date created" wins over "Latest update"
  CHECK(a.body.substr(0, 28) == "Ferry services between the i");
  CHECK(has(a.body, "\nDeal reached after talks\n"));  // subhead between paragraphs
  CHECK(has(a.body, "a union spokesperson told reporters outside the port office."));
  CHECK_FALSE(has(a.body, "Museum opens"));         // teaser ("Read more")
  CHECK_FALSE(has(a.body, "Read more"));
  CHECK_FALSE(has(a.body, "Sam Sample"));           // caption and credit
  CHECK_FALSE(has(a.body, "Text by"));              // byline
  CHECK_FALSE(has(a.body, "Latest update"));        // timestamp
  CHECK_FALSE(has(a.body, "Join our commenting"));  // forum prompt
  CHECK_FALSE(has(a.body, "finally someone listened"));  // a reader's comment
  CHECK_FALSE(has(a.body, "Exit mobile version"));  // chrome
}

TEST_CASE("clean text: markers, placeholders, bylines and captions", "[clean]") {
  std::string dump =
      "Dam inspection finds cracks in spillway\n\n"
      "Monday, 7 March 2022 09:00 - {{counter.views}}\n\n"
      "Alex Placeholder\n"
      "Monday 07 March 2022 09:00 GMT\n"
      "Inspectors walk along the spillway of the dam (Example Agency/Getty Images)\n\n"
      "[Breaking news update at 10:15 a.m. ET]\n\n"
      "Engineers found several cracks in the concrete spillway of the reservoir dam during a "
      "routine inspection last week, the water authority said on Monday.\n\n"
      "The authority said there was no immediate danger to homes downstream.\n\n"
      "[Original story published at 9:00 a.m. ET]\n\n"
      "Repairs are expected to start in the summer, when water levels are at their lowest.\n";
  Article a = clean_text(dump);
  CHECK(a.title == "Dam inspection finds cracks in spillway");
  CHECK(a.date == "2022-03-07");
  CHECK(a.body ==
        "Engineers found several cracks in the concrete spillway of the reservoir dam during a "
        "routine inspection last week, the water authority said on Monday.\n"
        "The authority said there was no immediate danger to homes downstream.\n"
        "Repairs are expected to start in the summer, when water levels are at their lowest.");
}

TEST_CASE("clean text: a dump without blank lines or header is all article", "[clean]") {
  std::string dump =
      "Storm closes schools across the north\n"
      "Schools across the north closed on Wednesday as a storm brought heavy snow and winds.\n"
      "Officials said most would reopen on Thursday if roads were cleared overnight.\n";
  Article a = clean_text(dump);
  CHECK(a.title == "Storm closes schools across the north");
  CHECK(a.date.empty());
  CHECK(a.body ==
        "Schools across the north closed on Wednesday as a storm brought heavy snow and winds.\n"
        "Officials said most would reopen on Thursday if roads were cleared overnight.");
}

TEST_CASE("clean text: a short paragraph of one statement is article text, first or last", "[clean]") {
  std::string dump =
      "Ferry strike ends after two days\n\n"
      "The ferry union called off its strike.\n\n"
      "Crossings to the islands resumed on Friday morning after union leaders accepted a new pay offer.\n\n"
      "Managers said timetables would be normal by Sunday.\n\n"
      "The union thanked passengers for waiting.\n\n"
      "What happens next?\n";
  Article a = clean_text(dump);
  CHECK(a.title == "Ferry strike ends after two days");
  CHECK(a.body ==
        "The ferry union called off its strike.\n"
        "Crossings to the islands resumed on Friday morning after union leaders accepted a new pay offer.\n"
        "Managers said timetables would be normal by Sunday.\n"
        "The union thanked passengers for waiting.");
}

TEST_CASE("clean text: seed dumps give the true titles and their dates", "[clean][shared]") {
  if (!have_shared()) {
    WARN("../shared absent; skipped");
    return;
  }
  rapidjson::Document truth;
  std::string json = read_file(shared_dir() / "bench/cleaning-text/ground-truth.json");
  truth.Parse(json.c_str());
  REQUIRE(truth.IsObject());
  int seen = 0;
  for (auto& m : truth.GetObject()) {
    std::string id = m.name.GetString();
    Article a = clean_text(read_file(shared_dir() / "corpus/seeds" / (id + ".txt")));
    INFO(id);
    CHECK(a.title == m.value["title"].GetString());
    CHECK(!a.body.empty());
    ++seen;
  }
  CHECK(seen == 5);
  // The three seeds that print a date.
  CHECK(clean_text(read_file(shared_dir() / "corpus/seeds/000_0ab77206bd9bfd1a.txt")).date ==
        "2016-02-03");
  CHECK(clean_text(read_file(shared_dir() / "corpus/seeds/002_119a8d8050a38e17.txt")).date ==
        "2016-02-03");
  CHECK(clean_text(read_file(shared_dir() / "corpus/seeds/003_647c48b8a28da0ad.txt")).date ==
        "2016-02-04");
}
