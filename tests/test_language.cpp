// The English check (extract/text/language.h) on paragraphs written for this
// test: news English passes; German, Indonesian, Russian and Japanese do not;
// a text too short to tell passes.
#include <catch2/catch.hpp>

#include "extract/text/language.h"
#include "extract/text/tokenizer.h"

using namespace newsgraph;

namespace {

EnglishCheck check(const std::string& text) {
  Document doc;
  doc.text = text;
  tokenize(doc);
  return check_english(doc);
}

}  // namespace

TEST_CASE("language: news English is English", "[language]") {
  EnglishCheck c = check(
      "Government forces shelled the town of Marisk on Monday, the monitor said. "
      "The rebels, who have held the bridge since March, said they would not withdraw "
      "until the siege was lifted. Talks in Vienna have been suspended for a week.");
  INFO(c.share());
  CHECK(c.words > EnglishCheck::kMinWords);
  CHECK(c.share() > 0.15);
  CHECK(c.english());
}

TEST_CASE("language: other languages are not English", "[language]") {
  const char* texts[] = {
      "Der Bericht der Regierung wurde am Montag in der Hauptstadt vorgestellt. Die Ministerin sagte, "
      "dass die Reform noch in diesem Jahr kommen soll, obwohl die Opposition dagegen ist.",
      "Pemerintah daerah mengumumkan bahwa jalan utama akan ditutup selama dua minggu karena "
      "perbaikan jembatan. Warga diminta menggunakan jalur alternatif di sebelah timur kota.",
      "Правительство заявило в понедельник, что новые правила вступят в силу в следующем году, "
      "хотя многие депутаты выступают против этого решения и требуют новых обсуждений.",
      "政府は月曜日、新しい規則を来年から施行すると発表した。多くの議員はこの決定に反対しており、"
      "さらに議論を求めている。住民の間でも意見が分かれている。市の担当者は説明会を開く予定だ。"};
  for (const char* text : texts) {
    EnglishCheck c = check(text);
    INFO(text);
    INFO(c.words << " words, share " << c.share());
    CHECK(c.words >= EnglishCheck::kMinWords);
    CHECK_FALSE(c.english());
  }
}

TEST_CASE("language: a text too short to tell counts as English", "[language]") {
  CHECK(check("Marisk, Valdoria").english());
  CHECK(check("Ministerin Regierung Hauptstadt").english());
  CHECK(check("").english());
}
