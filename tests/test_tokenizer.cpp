// Tokenizer and sentence splitter: UD English (EWT) word conventions, sentence
// boundaries, and robustness on hostile input. Sentences are invented.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "extract/text/tokenizer.h"

using newsgraph::Document;
using newsgraph::Sentence;
using newsgraph::Token;
using newsgraph::split_sentences;
using newsgraph::tokenize;
using newsgraph::tokenize_text;

namespace {

std::vector<std::string> forms(const std::string& text) {
  std::vector<std::string> out;
  for (const Token& t : tokenize_text(text)) {
    out.emplace_back(text.substr(t.span.begin, t.span.end - t.span.begin));
  }
  return out;
}

using V = std::vector<std::string>;

std::vector<std::string> sentences(const std::string& text) {
  auto tokens = tokenize_text(text);
  std::vector<std::string> out;
  for (const Sentence& s : split_sentences(text, tokens)) {
    out.emplace_back(text.substr(s.span.begin, s.span.end - s.span.begin));
  }
  return out;
}

// Tokens lie inside the text, in order, without overlap; sentences cover
// the tokens exactly once, in order.
void check_invariants(const std::string& text) {
  auto tokens = tokenize_text(text);
  uint32_t prev_end = 0;
  size_t bad_tokens = 0;
  for (const Token& t : tokens) {
    if (!(t.span.begin < t.span.end && t.span.end <= text.size() && t.span.begin >= prev_end)) {
      ++bad_tokens;
    }
    prev_end = t.span.end;
  }
  CHECK(bad_tokens == 0);
  auto sents = split_sentences(text, tokens);
  uint32_t next = 0;
  size_t bad_sentences = 0;
  for (const Sentence& s : sents) {
    bool ok = s.first_token == next && s.end_token > s.first_token &&
              s.end_token <= tokens.size() &&
              s.span.begin == tokens[s.first_token].span.begin &&
              s.span.end == tokens[s.end_token - 1].span.end;
    if (!ok) ++bad_sentences;
    next = s.end_token;
  }
  CHECK(bad_sentences == 0);
  CHECK(next == tokens.size());
}

}  // namespace

TEST_CASE("tokenizer: a news sentence with abbreviations, clitics and numbers", "[tokenizer]") {
  CHECK(forms("The U.N.-backed talks in Geneva didn't start until Feb. 3, when 1,200 delegates "
              "arrived.") ==
        V{"The", "U.N.", "-", "backed", "talks", "in", "Geneva", "did", "n't", "start", "until",
          "Feb.", "3", ",", "when", "1,200", "delegates", "arrived", "."});
}

TEST_CASE("tokenizer: clitics split into syntactic words", "[tokenizer]") {
  CHECK(forms("They're sure it's over, and we'll see; I'm told you've heard what he'd said.") ==
        V{"They", "'re", "sure", "it", "'s", "over", ",", "and", "we", "'ll", "see", ";", "I", "'m",
          "told", "you", "'ve", "heard", "what", "he", "'d", "said", "."});
  CHECK(forms("The minister’s aides can’t say.") ==
        V{"The", "minister", "’s", "aides", "ca", "n’t", "say", "."});
  CHECK(forms("Don't go; we cannot wait and won't.") ==
        V{"Do", "n't", "go", ";", "we", "can", "not", "wait", "and", "wo", "n't", "."});
  CHECK(forms("They're gonna vote and wanna win.") ==
        V{"They", "'re", "gon", "na", "vote", "and", "wan", "na", "win", "."});
  // Names with an inner apostrophe stay whole.
  CHECK(forms("O'Brien met al-Ja’afari.") == V{"O'Brien", "met", "al", "-", "Ja’afari", "."});
}

TEST_CASE("tokenizer: possessives", "[tokenizer]") {
  CHECK(forms("The rebels' leader met Erdoğan's envoy.") ==
        V{"The", "rebels", "'", "leader", "met", "Erdoğan", "'s", "envoy", "."});
  CHECK(forms("the 1990's boom") == V{"the", "1990's", "boom"});
}

TEST_CASE("tokenizer: abbreviations keep their period", "[tokenizer]") {
  CHECK(forms("Mr. Smith and Gen. Lee of the U.S. Army met at 9 a.m. on Jan. 5, e.g. in "
              "Washington, i.e. nearby, said govt. aides.") ==
        V{"Mr.", "Smith", "and", "Gen.", "Lee", "of", "the", "U.S.", "Army", "met", "at", "9",
          "a.m.", "on", "Jan.", "5", ",", "e.g.", "in", "Washington", ",", "i.e.", "nearby", ",",
          "said", "govt.", "aides", "."});
  // Missing spaces after a period.
  CHECK(forms("long at the U.N.to know J.Smith left.The end") ==
        V{"long", "at", "the", "U.N.", "to", "know", "J.", "Smith", "left", ".", "The", "end"});
  CHECK(forms("J. R. Smith of Acme Inc. spoke.") ==
        V{"J.", "R.", "Smith", "of", "Acme", "Inc.", "spoke", "."});
  // No. is an abbreviation only before a number.
  CHECK(forms("Resolution No. 5 passed. He said no.") ==
        V{"Resolution", "No.", "5", "passed", ".", "He", "said", "no", "."});
  // An ordinary word at the end of a sentence gives up its period.
  CHECK(forms("They left the city.") == V{"They", "left", "the", "city", "."});
}

TEST_CASE("tokenizer: hyphens follow EWT", "[tokenizer]") {
  // Compounds split; bound prefixes stay.
  CHECK(forms("a long-term, pro-government, anti-war e-mail from a co-founder") ==
        V{"a", "long", "-", "term", ",", "pro-government", ",", "anti-war", "e-mail", "from", "a",
          "co-founder"});
  CHECK(forms("al-Qaeda's 10-year-old U.S.-backed") ==
        V{"al", "-", "Qaeda", "'s", "10", "-", "year", "-", "old", "U.S.", "-", "backed"});
  CHECK(forms("Lashkar-e-Taiba") == V{"Lashkar", "-", "e", "-", "Taiba"});
  // An acronym is no prefix, even one spelt like a prefix ("UN" / "un-").
  CHECK(forms("UN-brokered talks, un-American, Un-") ==
        V{"UN", "-", "brokered", "talks", ",", "un-American", ",", "Un", "-"});
  // Ranges split, telephone numbers do not.
  CHECK(forms("in 1990-2000 call 555-0199 or 1-800-555-0199") ==
        V{"in", "1990", "-", "2000", "call", "555-0199", "or", "1-800-555-0199"});
}

TEST_CASE("tokenizer: quotes, dashes, brackets and ellipsis", "[tokenizer]") {
  CHECK(forms("“We will stay,” she said — and left.") ==
        V{"“", "We", "will", "stay", ",", "”", "she", "said", "—", "and", "left", "."});
  CHECK(forms("\"No,\" he said -- twice (really)...") ==
        V{"\"", "No", ",", "\"", "he", "said", "--", "twice", "(", "really", ")", "..."});
  CHECK(forms("'Why?' she asked… [sic]") ==
        V{"'", "Why", "?", "'", "she", "asked", "…", "[", "sic", "]"});
  CHECK(forms("What?! Really!!") == V{"What", "?!", "Really", "!!"});
}

TEST_CASE("tokenizer: numbers, currency and units", "[tokenizer]") {
  CHECK(forms("About 260,000 people; 3.5% growth at 1:36 p.m. in the 1990s cost $5 or "
              "US$2.5 million, €40 and 6:00am, 10th.") ==
        V{"About", "260,000", "people", ";", "3.5", "%", "growth", "at", "1:36", "p.m.", "in",
          "the", "1990s", "cost", "$", "5", "or", "US$", "2.5", "million", ",", "€", "40", "and",
          "6:00", "am", ",", "10th", "."});
  CHECK(forms("1,2,3") == V{"1", ",", "2", ",", "3"});
  CHECK(forms("displaced 11m people, £5bn in 3D") ==
        V{"displaced", "11", "m", "people", ",", "£", "5", "bn", "in", "3D"});
}

TEST_CASE("tokenizer: URLs, e-mail, hashtags and Unicode letters", "[tokenizer]") {
  CHECK(forms("See https://example.org/news/a-b?id=3, or write to press@example.org.") ==
        V{"See", "https://example.org/news/a-b?id=3", ",", "or", "write", "to",
          "press@example.org", "."});
  CHECK(forms("(www.example.com) #StandWithX @agency") ==
        V{"(", "www.example.com", ")", "#StandWithX", "@agency"});
  CHECK(forms("Erdoğan met Zelenskyy in Genève and Łódź; Αθήνα, Москва.") ==
        V{"Erdoğan", "met", "Zelenskyy", "in", "Genève", "and", "Łódź", ";", "Αθήνα", ",",
          "Москва", "."});
}

TEST_CASE("tokenizer: offsets and space_after", "[tokenizer]") {
  std::string text = "He said: \"No.\"\nNext";
  auto tokens = tokenize_text(text);
  REQUIRE(tokens.size() == 8);
  CHECK(text.substr(tokens[2].span.begin, 1) == ":");
  CHECK(tokens[0].space_after);
  CHECK_FALSE(tokens[1].space_after);  // "said" + ":"
  CHECK(tokens[2].space_after);
  CHECK_FALSE(tokens[3].space_after);  // '"' + "No"
  CHECK_FALSE(tokens[4].space_after);
  CHECK_FALSE(tokens[5].space_after);
  CHECK(tokens[6].space_after);  // before the line break
  // Multi-byte characters: offsets are bytes.
  std::string greek = "Ωμέγα ok";
  auto g = tokenize_text(greek);
  REQUIRE(g.size() == 2);
  CHECK(g[0].span.end == 10);
  CHECK(g[1].span.begin == 11);
}

TEST_CASE("sentence splitter: full stops, abbreviations and initials", "[tokenizer]") {
  CHECK(sentences("Mr. Smith met Gen. J. R. Lee on Feb. 3. They spoke for an hour.") ==
        V{"Mr. Smith met Gen. J. R. Lee on Feb. 3.", "They spoke for an hour."});
  CHECK(sentences("Troops arrived in the U.S. The talks began.") ==
        V{"Troops arrived in the U.S.", "The talks began."});
  CHECK(sentences("U.S. officials met U.N. envoys at 9 a.m. Sunday in Geneva.") ==
        V{"U.S. officials met U.N. envoys at 9 a.m. Sunday in Geneva."});
  CHECK(sentences("The deal was signed by Acme Inc. Shares rose.") ==
        V{"The deal was signed by Acme Inc.", "Shares rose."});
  CHECK(sentences("Prices rose 3.5 percent. In 2020, 1,200 people left.") ==
        V{"Prices rose 3.5 percent.", "In 2020, 1,200 people left."});
}

TEST_CASE("sentence splitter: quotes, brackets, ?! and ellipsis", "[tokenizer]") {
  CHECK(sentences("\"We will not leave,\" he said. \"Never.\" Then he left.") ==
        V{"\"We will not leave,\" he said.", "\"Never.\"", "Then he left."});
  CHECK(sentences("“It is over.” The crowd cheered.") ==
        V{"“It is over.”", "The crowd cheered."});
  CHECK(sentences("(The vote was close.) Why? Nobody knows! Talks go on...") ==
        V{"(The vote was close.)", "Why?", "Nobody knows!", "Talks go on..."});
  CHECK(sentences("He waited... and waited.") == V{"He waited... and waited."});
  CHECK(sentences("Fighting resumed on Monday. no one was hurt.") ==
        V{"Fighting resumed on Monday.", "no one was hurt."});
}

TEST_CASE("sentence splitter: every line break ends a sentence", "[tokenizer]") {
  CHECK(sentences("Rebels Seize Northern Town\nBy Staff Reporter\nThe town fell on Monday.") ==
        V{"Rebels Seize Northern Town", "By Staff Reporter", "The town fell on Monday."});
  CHECK(sentences("Key points:\n1. Talks resume\n2. Troops withdraw") ==
        V{"Key points:", "1. Talks resume", "2. Troops withdraw"});
  CHECK(sentences("the capital of the U.S.\nNext line") ==
        V{"the capital of the U.S.", "Next line"});
}

TEST_CASE("sentence splitter: a wire dateline is a sentence of its own", "[tokenizer]") {
  CHECK(sentences("TARVIK, March 3 (Wire) - Rebels shelled the town on Monday.") ==
        V{"TARVIK, March 3 (Wire) -", "Rebels shelled the town on Monday."});
  CHECK(sentences("PORT ELLIS, Ore. (AP) \u2014 Two ships collided. Nobody was hurt.") ==
        V{"PORT ELLIS, Ore. (AP) \u2014", "Two ships collided.", "Nobody was hurt."});
  // Not a dateline: a lower-case word before the dash, or no capitals.
  CHECK(sentences("NATO said on Monday - in a statement - that it would stay.") ==
        V{"NATO said on Monday - in a statement - that it would stay."});
  CHECK(sentences("Paris - the talks resumed.") == V{"Paris - the talks resumed."});
}

TEST_CASE("tokenize fills the document", "[tokenizer]") {
  Document doc;
  doc.text = "Envoys met in Geneva. Talks failed.\nA second paragraph.";
  tokenize(doc);
  REQUIRE(doc.sentences.size() == 3);
  CHECK(doc.tokens.size() == 12);
  CHECK(doc.sentences[2].first_token == 8);
  CHECK(doc.slice(doc.sentences[1].span) == "Talks failed.");
}

TEST_CASE("robustness: tokenizer on hostile input", "[tokenizer]") {
  SECTION("empty and blank") {
    CHECK(tokenize_text("").empty());
    CHECK(tokenize_text(" \n\t \n").empty());
    CHECK(split_sentences("", {}).empty());
    check_invariants("");
    check_invariants("\n\n\n");
  }
  SECTION("invalid UTF-8") {
    std::string text = "Caf\xC3 \xFF\xFE bad \xE2\x80 x\xF0\x9F y \xC0\xAF. \xED\xA0\x80 end";
    check_invariants(text);
    CHECK_FALSE(tokenize_text(text).empty());
    check_invariants(std::string("\xE2\x80", 2));
    check_invariants(std::string("don\xE2\x80", 5));
    check_invariants(std::string("a'", 2));
    check_invariants(std::string("'", 1));
  }
  SECTION("control characters and NUL") {
    std::string text("He\x01llo\x00 wor\x7F" "ld.\r\n\x1B[31mRed", 24);
    check_invariants(text);
  }
  SECTION("only punctuation") {
    check_invariants("!?.,;:'\"()[]{}-—–…$%&*+=<>|/\\^~`@#");
    check_invariants("................................................");
    check_invariants("'''''''''''' ’’’’ \"\"\" -- --- . . . ? ! ? !");
    CHECK(forms("...") == V{"..."});
  }
  SECTION("a 10 MB line without spaces") {
    std::string text(10 * 1024 * 1024, 'a');
    for (size_t i = 7; i < text.size(); i += 13) text[i] = (i % 3 == 0) ? '.' : '-';
    check_invariants(text);
    std::string plain(10 * 1024 * 1024, 'x');
    auto tokens = tokenize_text(plain);
    REQUIRE(tokens.size() == 1);
    CHECK(tokens[0].span.end == plain.size());
  }
  SECTION("every byte value") {
    std::string text;
    for (int round = 0; round < 4; ++round) {
      for (int b = 0; b < 256; ++b) text += static_cast<char>((b * 7 + round * 31) & 0xFF);
    }
    check_invariants(text);
  }
}
