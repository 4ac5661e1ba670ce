#include "extract/nlp/gum_entities.h"

#include <algorithm>
#include <map>
#include <optional>

namespace newsgraph::nlp {

namespace {

struct RawMention {
  size_t begin, end;  // words [begin, end)
  std::string etype;
};

// The Entity=... value of a MISC column, or "".
std::string entity_field(const std::string& misc) {
  size_t start = 0;
  while (start < misc.size()) {
    size_t bar = misc.find('|', start);
    if (bar == std::string::npos) bar = misc.size();
    if (misc.compare(start, 7, "Entity=") == 0) return misc.substr(start + 7, bar - start - 7);
    start = bar + 1;
  }
  return "";
}

std::vector<RawMention> mentions(const conllu::Sentence& sentence) {
  std::vector<RawMention> out;
  std::map<std::string, std::vector<std::pair<size_t, std::string>>> open;  // id → (begin, etype)
  for (size_t w = 0; w < sentence.words.size(); ++w) {
    std::string field = entity_field(sentence.words[w].misc);
    size_t i = 0;
    while (i < field.size()) {
      if (field[i] == '(') {
        size_t end = field.find_first_of("()", i + 1);
        if (end == std::string::npos) end = field.size();
        std::string body = field.substr(i + 1, end - i - 1);
        size_t dash1 = body.find('-');
        size_t dash2 = dash1 == std::string::npos ? std::string::npos : body.find('-', dash1 + 1);
        std::string id = body.substr(0, dash1);
        std::string etype = dash1 == std::string::npos ? "" : body.substr(dash1 + 1, dash2 - dash1 - 1);
        if (end < field.size() && field[end] == ')') {
          out.push_back({w, w + 1, etype});
          i = end + 1;
        } else {
          open[id].emplace_back(w, etype);
          i = end;
        }
      } else if (field[i] >= '0' && field[i] <= '9') {
        size_t end = field.find(')', i);
        if (end == std::string::npos) break;
        std::string id = field.substr(i, end - i);
        auto it = open.find(id);
        if (it != open.end() && !it->second.empty()) {
          out.push_back({it->second.back().first, w + 1, it->second.back().second});
          it->second.pop_back();
        }
        i = end + 1;
      } else {
        ++i;
      }
    }
  }
  return out;
}

bool capitalised(const std::string& form) {
  return !form.empty() && form[0] >= 'A' && form[0] <= 'Z';
}

bool is_connector(const conllu::Word& w) {
  static const char* const kConnectors[] = {"of", "the", "&", "-", "de", "du", "des", "la", "le", "von",
                                            "van", "der", "den", "del", "di", "da", "for", "on", "al", "el"};
  for (const char* c : kConnectors)
    if (w.form == c) return w.upos != "PROPN";
  return false;
}

// Word k of the sentence may be part of a name next to a PROPN word.
bool name_word(const conllu::Word& w) {
  if (w.upos == "PROPN") return true;
  if (!capitalised(w.form)) return false;
  return w.upos != "DET" && w.upos != "PRON" && w.upos != "ADP" && w.upos != "PUNCT" && w.upos != "CCONJ" &&
         w.upos != "AUX" && w.upos != "PART" && w.upos != "SCONJ";
}

bool starts_with_digit(const std::string& form) { return !form.empty() && form[0] >= '0' && form[0] <= '9'; }

// "10th", "501st": an ordinal may open a name ("10th Street", "501st Legion").
bool ordinal(const std::string& form) {
  if (!starts_with_digit(form) || form.size() < 3) return false;
  std::string tail = form.substr(form.size() - 2);
  return tail == "st" || tail == "nd" || tail == "rd" || tail == "th";
}

// The name around PROPN word h within the mention [b, e). Numbers after the
// name belong to it ("Terminal 2", "US - 75", "I - 44 West").
std::pair<size_t, size_t> name_core(const conllu::Sentence& s, size_t b, size_t e, size_t h) {
  size_t left = h;
  while (left > b && (name_word(s.words[left - 1]) || ordinal(s.words[left - 1].form))) --left;
  size_t right = h + 1;
  while (right < e) {
    if (name_word(s.words[right]) || starts_with_digit(s.words[right].form)) {
      ++right;
      continue;
    }
    if (s.words[right].form == "-" && right + 1 < e && starts_with_digit(s.words[right + 1].form)) {
      right += 2;
      continue;
    }
    size_t k = right;
    while (k < e && is_connector(s.words[k])) ++k;
    if (k > right && k < e && s.words[k].upos == "PROPN" && s.words[k].deprel != "conj") {
      right = k + 1;
      continue;
    }
    break;
  }
  return {left, right};
}

std::optional<NodeType> named_type(const std::string& etype) {
  if (etype == "person") return NodeType::Person;
  if (etype == "place") return NodeType::Place;
  if (etype == "organization") return NodeType::Organization;
  return std::nullopt;
}

// Longest first, then leftmost; keep those that overlap nothing kept.
std::vector<NamedSpan> outermost(std::vector<NamedSpan> found, const std::vector<NamedSpan>& already) {
  std::sort(found.begin(), found.end(), [](const NamedSpan& a, const NamedSpan& b) {
    if (a.end - a.begin != b.end - b.begin) return a.end - a.begin > b.end - b.begin;
    return a.begin < b.begin;
  });
  std::vector<NamedSpan> kept;
  auto overlaps = [](const NamedSpan& a, const std::vector<NamedSpan>& set) {
    for (const NamedSpan& k : set)
      if (a.begin < k.end && k.begin < a.end) return true;
    return false;
  };
  for (const NamedSpan& span : found)
    if (!overlaps(span, kept) && !overlaps(span, already)) kept.push_back(span);
  std::sort(kept.begin(), kept.end(), [](const NamedSpan& a, const NamedSpan& b) { return a.begin < b.begin; });
  return kept;
}

}  // namespace

std::vector<NamedSpan> gum_named_spans(const conllu::Sentence& s, std::vector<NamedSpan>* other) {
  std::vector<NamedSpan> found, found_other;
  for (const RawMention& m : mentions(s)) {
    auto type = named_type(m.etype);
    if (!type && !other) continue;
    // Word ids are 1-based; word k has id k + 1.
    auto inside = [&](int head) { return head >= static_cast<int>(m.begin) + 1 && head <= static_cast<int>(m.end); };
    size_t head = m.begin;
    for (size_t k = m.begin; k < m.end; ++k)
      if (!inside(s.words[k].head)) {
        head = k;
        break;
      }
    size_t name_word_index = s.words.size();
    if (s.words[head].upos == "PROPN") {
      name_word_index = head;
    } else {
      for (size_t k = m.begin; k < m.end; ++k)
        if (s.words[k].upos == "PROPN" && s.words[k].head == static_cast<int>(head) + 1 &&
            (s.words[k].deprel == "appos" || s.words[k].deprel == "flat")) {
          name_word_index = k;
          break;
        }
    }
    if (name_word_index == s.words.size()) continue;
    auto [b, e] = name_core(s, m.begin, m.end, name_word_index);
    NamedSpan span{static_cast<uint32_t>(b), static_cast<uint32_t>(e), type.value_or(NodeType::Person)};
    (type ? found : found_other).push_back(span);
  }
  std::vector<NamedSpan> kept = outermost(std::move(found), {});
  if (other) *other = outermost(std::move(found_other), kept);
  return kept;
}

std::vector<NerDocument> gum_documents(std::vector<conllu::Sentence> sentences) {
  std::vector<NerDocument> docs;
  for (conllu::Sentence& s : sentences) {
    std::string id, genre;
    for (const std::string& c : s.comments) {
      if (c.rfind("# newdoc id", 0) == 0) id = c.substr(c.find('=') + 1);
      if (c.rfind("# meta::genre", 0) == 0) genre = c.substr(c.find('=') + 1);
    }
    auto trim = [](std::string& t) {
      while (!t.empty() && t.front() == ' ') t.erase(t.begin());
      while (!t.empty() && (t.back() == ' ' || t.back() == '\r')) t.pop_back();
    };
    trim(id);
    trim(genre);
    if (!id.empty() || docs.empty()) {
      docs.emplace_back();
      docs.back().id = id;
    }
    NerDocument& doc = docs.back();
    if (!genre.empty()) doc.genre = genre;
    doc.other_names.emplace_back();
    doc.names.push_back(gum_named_spans(s, &doc.other_names.back()));
    doc.sentences.push_back(std::move(s));
  }
  for (NerDocument& doc : docs)
    if (doc.genre.empty() && doc.id.rfind("GUM_", 0) == 0) doc.genre = doc.id.substr(4, doc.id.find('_', 4) - 4);
  return docs;
}

}  // namespace newsgraph::nlp
