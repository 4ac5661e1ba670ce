#include "extract/nlp/nlp_models.h"

namespace newsgraph::nlp {

NlpModels NlpModels::load(const std::filesystem::path& dir) {
  return NlpModels{Tagger::load(dir / kTaggerFile), Lemmatizer::load(dir / kLemmatizerFile),
                   DependencyParser::load(dir / kParserFile)};
}

void NlpModels::annotate(Document& doc) const {
  tagger.tag(doc);
  lemmatizer.lemmatize(doc, &tagger.dictionary());
  parser.parse(doc);
}

void NlpModels::annotate(conllu::Sentence& sentence) const {
  tagger.tag(sentence);
  lemmatizer.lemmatize(sentence, &tagger.dictionary());
  parser.parse(sentence);
}

conllu::Sentence to_conllu(const Document& doc, size_t index) {
  const newsgraph::Sentence& s = doc.sentences[index];
  conllu::Sentence out;
  out.comments.push_back("# sent_id = " + (doc.id.empty() ? std::string("doc") : doc.id) + "-" +
                         std::to_string(index + 1));
  std::string text(doc.slice(s.span));
  for (char& c : text)
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  out.comments.push_back("# text = " + text);
  for (uint32_t t = s.first_token; t < s.end_token; ++t) {
    const Token& tok = doc.tokens[t];
    conllu::Word w;
    w.id = static_cast<int>(t - s.first_token) + 1;
    w.form = std::string(doc.form(tok));
    for (char& c : w.form)
      if (c == '\t' || c == '\n' || c == '\r') c = ' ';
    if (w.form.empty()) w.form = "_";
    if (!tok.lemma.empty()) w.lemma = tok.lemma;
    if (!tok.upos.empty()) w.upos = tok.upos;
    if (!tok.xpos.empty()) w.xpos = tok.xpos;
    bool in_sentence = tok.head >= static_cast<int>(s.first_token) && tok.head < static_cast<int>(s.end_token);
    w.head = in_sentence ? tok.head - static_cast<int>(s.first_token) + 1 : 0;
    w.deprel = tok.deprel.empty() ? "_" : tok.deprel;
    if (!tok.space_after && t + 1 < s.end_token) w.misc = "SpaceAfter=No";
    out.words.push_back(std::move(w));
  }
  return out;
}

}  // namespace newsgraph::nlp
