// The HTML cleaner on small pages written for the tests: each kind of page
// furniture is dropped, the article and its subheads are kept, and the
// metadata is read from meta tags, JSON-LD and the text.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>

#include "extract/clean/article_cleaner.h"
#include "tests/test_support.h"

using newsgraph::Article;
using newsgraph::clean_html;
using newsgraph::testing::read_file;
using newsgraph::testing::source_dir;

namespace {

bool has(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

// Wraps article paragraphs and extra markup into a page.
std::string page(const std::string& inside_body) {
  return "<html><head><title>Test page</title></head><body>" + inside_body + "</body></html>";
}

const char* kParagraphs =
    "<p>The regional council voted on Tuesday to expand the bus network, adding six new routes "
    "that will connect outlying villages with the central station, officials said.</p>"
    "<p>The plan, which was first proposed two years ago, will cost about 12 million euros over "
    "five years and is expected to be funded partly by a new parking levy.</p>"
    "<p>Opposition members said the levy would hurt small shops in the town centre, but the "
    "motion passed by a comfortable margin after a three-hour debate.</p>";

}  // namespace

TEST_CASE("clean html: the fixture page keeps the article and drops every furniture kind",
          "[clean]") {
  Article a = clean_html(read_file(source_dir() / "tests/fixtures/clean/harbour_bridge.html"));
  CHECK(a.title == "Harbour bridge reopens after storm repairs");
  CHECK(a.date == "2021-03-14T08:30:00Z");
  CHECK(a.author == "Jane Example");
  CHECK(a.url == "https://gazette.example/news/harbour-bridge-reopens");
  // Article paragraphs, the subhead and the short one-line paragraph.
  CHECK(has(a.body, "The harbour bridge reopened to traffic on Sunday morning"));
  CHECK(has(a.body, "Traffic returns"));
  CHECK(has(a.body, "Residents can report damage through the council website."));
  CHECK(has(a.body, "The bridge carries about 40,000 vehicles a day"));
  // Furniture.
  CHECK_FALSE(has(a.body, "We use cookies"));          // cookie banner
  CHECK_FALSE(has(a.body, "Workers inspect the deck"));  // caption and credit
  CHECK_FALSE(has(a.body, "Share this article"));       // share widget
  CHECK_FALSE(has(a.body, "Sign up for our newsletter"));  // newsletter box
  CHECK_FALSE(has(a.body, "Storm leaves thousands"));   // related links
  CHECK_FALSE(has(a.body, "Log in to your account"));   // login prompt
  CHECK_FALSE(has(a.body, "About time too"));           // comments
  CHECK_FALSE(has(a.body, "All rights reserved"));      // footer
  CHECK_FALSE(has(a.body, "By Jane Example"));          // byline
  CHECK_FALSE(has(a.body, "Home"));                     // navigation
}

TEST_CASE("clean html: paragraphs are separated by newlines", "[clean]") {
  Article a = clean_html(page(std::string("<div class=\"content\">") + kParagraphs + "</div>"));
  REQUIRE(a.body.find('\n') != std::string::npos);
  CHECK(a.body.substr(0, a.body.find('\n')) ==
        "The regional council voted on Tuesday to expand the bus network, adding six new routes "
        "that will connect outlying villages with the central station, officials said.");
  CHECK(std::count(a.body.begin(), a.body.end(), '\n') == 2);
}

TEST_CASE("clean html: a comment section longer than the article is not chosen", "[clean]") {
  std::string comments = "<div id=\"comments\">";
  for (int i = 0; i < 8; ++i)
    comments += "<div class=\"comment\"><div class=\"content\"><p>I have lived here for thirty "
                "years, and honestly, the buses have never, ever, been on time, not once, not "
                "even on a sunny day, which says a lot.</p></div></div>";
  comments += "</div>";
  Article a = clean_html(page("<div class=\"content\">" + std::string(kParagraphs) + "</div>" +
                              comments));
  CHECK(has(a.body, "expand the bus network"));
  CHECK_FALSE(has(a.body, "thirty years"));
}

TEST_CASE("clean html: teaser lists of links inside the article are dropped", "[clean]") {
  Article a = clean_html(page(
      std::string("<article>") + kParagraphs +
      "<ul><li><a href='/1'>Rail strike called off after late-night talks</a></li>"
      "<li><a href='/2'>Five things to know about the new parking levy</a></li></ul>"
      "<p><a href='/3'>READ MORE: Council leader faces confidence vote</a></p></article>"));
  CHECK(has(a.body, "comfortable margin"));
  CHECK_FALSE(has(a.body, "Rail strike"));
  CHECK_FALSE(has(a.body, "READ MORE"));
}

TEST_CASE("clean html: captions and photo credits are dropped", "[clean]") {
  Article a = clean_html(page(
      std::string("<article>") +
      "<figure><img src='x.jpg'><figcaption>Buses wait at the central station on Monday."
      "</figcaption></figure>" + kParagraphs +
      "<p>Passengers queue for the new route (Photo: Example Agency)</p>"
      "<p class='image-credit'>Image copyright Example Agency</p></article>"));
  CHECK(has(a.body, "regional council"));
  CHECK_FALSE(has(a.body, "Buses wait"));
  CHECK_FALSE(has(a.body, "Passengers queue"));
  CHECK_FALSE(has(a.body, "Image copyright"));
}

TEST_CASE("clean html: JSON-LD articleBody picks the article among other text", "[clean]") {
  std::string body_text =
      "Rescuers reached the stranded hikers late on Friday after a six-hour climb in heavy snow, "
      "mountain police said. All four were taken to hospital as a precaution. The group had "
      "set out on Thursday morning and lost the trail when the weather turned, a spokesman said.";
  std::string json = R"({"@context":"https://schema.org","@type":"NewsArticle",
      "headline":"Stranded hikers rescued after night on the mountain",
      "datePublished":"2020-01-17T21:00:00+01:00","author":{"@type":"Person","name":"A. Writer"},
      "articleBody":")" + body_text + R"("})";
  std::string html =
      "<html><head><script type='application/ld+json'>" + json +
      "</script></head><body><div class='promo'><p>Our winter sale is on now: save forty "
      "percent on all subscriptions, gift cards, and digital editions, for a limited time, "
      "while stocks last, terms apply, see site for details, of course.</p></div>"
      "<div><p>Rescuers reached the stranded hikers late on Friday after a six-hour climb in "
      "heavy snow, mountain police said.</p><p>All four were taken to hospital as a precaution. "
      "The group had set out on Thursday morning and lost the trail when the weather turned, a "
      "spokesman said.</p></div></body></html>";
  Article a = clean_html(html);
  CHECK(a.title == "Stranded hikers rescued after night on the mountain");
  CHECK(a.date == "2020-01-17T21:00:00+01:00");
  CHECK(a.author == "A. Writer");
  CHECK(has(a.body, "Rescuers reached"));
  CHECK(has(a.body, "lost the trail"));
  CHECK_FALSE(has(a.body, "winter sale"));
}

TEST_CASE("clean html: JSON-LD body is used when the page does not show it", "[clean]") {
  std::string html =
      "<html><head><script type=\"application/ld+json\">{\"@type\":\"Article\","
      "\"headline\":\"Library extends opening hours\",\"articleBody\":\"The city library will "
      "open until nine in the evening from next month, the culture department said on Monday, "
      "after a survey found that most readers wanted later hours.\\nThe change will cost about "
      "200,000 a year and will be reviewed after twelve months, the department added in a "
      "statement published on its website.\"}</script></head><body><div id='app'></div>"
      "</body></html>";
  Article a = clean_html(html);
  CHECK(a.title == "Library extends opening hours");
  CHECK(has(a.body, "The city library will open until nine"));
  CHECK(has(a.body, "\nThe change will cost"));
}

TEST_CASE("clean html: title without the site name, date from the text", "[clean]") {
  Article a = clean_html(
      "<html><head><title>Port strike ends after pay deal - Example Times</title></head><body>"
      "<div class='meta'>Published 4 February 2016</div><div class='content'>" +
      std::string(kParagraphs) + "</div></body></html>");
  CHECK(a.title == "Port strike ends after pay deal");
  CHECK(a.date == "2016-02-04");
}

TEST_CASE("clean html: hidden elements and scripts give no text", "[clean]") {
  Article a = clean_html(page(std::string("<div class='content'>") + kParagraphs +
                              "<p style='display:none'>Secret tracking text that nobody sees on "
                              "the page, hidden by the site, for whatever reason.</p>"
                              "<script>var x = 'script text that is long enough to count';</script>"
                              "</div>"));
  CHECK_FALSE(has(a.body, "Secret tracking"));
  CHECK_FALSE(has(a.body, "script text"));
}
