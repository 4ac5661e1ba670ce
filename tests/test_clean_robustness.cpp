// Hostile and broken inputs: each gives a clear message or an empty body,
// never a crash or a hang. Run under ASan/UBSan in CI ("robustness:" names).
#include <catch2/catch.hpp>

#include <string>

#include "extract/clean/article_cleaner.h"
#include "extract/clean/encoding.h"
#include "extract/clean/input.h"
#include "extract/text/unicode.h"
#include "tests/test_support.h"

using namespace newsgraph;
using namespace newsgraph::testing;

namespace {
const char* kParagraph =
    "<p>The town council approved the new budget on Monday, with spending on roads and parks "
    "rising slightly, the treasurer said.</p>";
}

TEST_CASE("robustness: empty and blank inputs give an empty article", "[clean]") {
  CHECK(clean_html("").body.empty());
  CHECK(clean_html("   \n\t ").body.empty());
  CHECK(clean_text("").body.empty());
  CHECK(clean_text("\n\n\n").title.empty());
  TempDir dir;
  write_file(dir / "empty.html", "");
  RawInput input = read_input(dir / "empty.html");
  CHECK(clean_article(input).body.empty());
}

TEST_CASE("robustness: a PDF or PNG renamed .html is refused with a clear message", "[clean]") {
  TempDir dir;
  write_file(dir / "report.html", std::string("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj\n", 20));
  write_file(dir / "photo.html", std::string("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16));
  CHECK_THROWS_WITH(read_input(dir / "report.html"), Catch::Contains("PDF"));
  CHECK_THROWS_WITH(read_input(dir / "photo.html"), Catch::Contains("PNG"));
  // The command names the file, skips it and still prints the others.
  write_file(dir / "good.html", std::string("<html><body>") + kParagraph + "</body></html>");
  CommandResult r = run_command(shell_quote(binary().string()) + " clean --format json " +
                                shell_quote((dir / "report.html").string()) + " " +
                                shell_quote((dir / "good.html").string()));
  CHECK(r.exit_code == 1);
  CHECK_THAT(r.out, Catch::Contains("report.html") && Catch::Contains("PDF"));
  CHECK_THAT(r.out, Catch::Contains("\"good\""));
}

TEST_CASE("robustness: invalid UTF-8 never reaches the output", "[clean]") {
  std::string html = std::string("<html><body><p>Broken bytes \xC3\x28 and \xA0\xA1 and "
                                 "\xF0\x28\x8C\xBC and \xED\xA0\x80 here, in a sentence long "
                                 "enough to be kept as a paragraph of text.</p></body></html>");
  Article a = clean_html(html);
  CHECK(unicode::is_valid_utf8(a.body));
  CHECK(a.body.find("Broken bytes") != std::string::npos);
  Article t = clean_text(std::string("Title line here\n\nText \xFF\xFE\xFD with bad bytes in a "
                                     "sentence that is long enough to be kept.\nAnother line "
                                     "of article text that ends with a full stop.\n"));
  CHECK(unicode::is_valid_utf8(t.body));
  CHECK(unicode::is_valid_utf8(to_utf8("\x80\x81\xFE\xFF\xC0\xAF", true)));
}

TEST_CASE("robustness: a page declared as Latin-1 is decoded as such", "[clean]") {
  std::string html =
      "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">"
      "</head><body><p>The caf\xE9 on the corner reopened on Monday, and the owner said "
      "\x93" "business is good\x94 despite the long closure.</p></body></html>";
  Article a = clean_html(html);
  CHECK(a.body.find("caf\xC3\xA9") != std::string::npos);
  CHECK(a.body.find("\xE2\x80\x9C" "business is good\xE2\x80\x9D") != std::string::npos);
  CHECK(declared_charset(html, true) == "iso-8859-1");
}

TEST_CASE("robustness: a 50 MB page is cleaned", "[clean]") {
  std::string html = "<html><body><div class='content'>";
  while (html.size() < (50u << 20)) html += kParagraph;
  html += "</div></body></html>";
  Article a = clean_html(html);
  CHECK(a.body.size() > (30u << 20));
}

TEST_CASE("robustness: 100k levels of nesting and unclosed markup", "[clean]") {
  std::string deep;
  for (int i = 0; i < 100000; ++i) deep += "<div>";
  deep += kParagraph;
  Article a = clean_html("<html><body>" + deep);  // never closed
  CHECK(unicode::is_valid_utf8(a.body));

  std::string inline_deep = "<html><body><p>";
  for (int i = 0; i < 100000; ++i) inline_deep += "<b><i>";
  inline_deep += "text at the bottom of the nest";
  CHECK(unicode::is_valid_utf8(clean_html(inline_deep).body));

  Article u = clean_html(std::string("<html><body><div><p>The ferry operator said on Friday that "
                                     "crossings would resume next week, weather permitting.<p>It "
                                     "added that tickets already bought would remain valid <b>for "
                                     "any <i>sailing <div><table><tr><td>unclosed"));
  CHECK(u.body.find("crossings would resume") != std::string::npos);
}

TEST_CASE("robustness: a page with no article gives an empty body", "[clean]") {
  std::string html =
      "<html><head><title>Example Site</title></head><body><nav><ul><li><a href='/'>Home</a>"
      "</li><li><a href='/a'>About</a></li><li><a href='/c'>Contact</a></li></ul></nav>"
      "<footer><p>Copyright 2022 Example Site. All rights reserved.</p></footer></body></html>";
  Article a = clean_html(html);
  CHECK(a.body.empty());
  CHECK(a.title == "Example Site");
}
