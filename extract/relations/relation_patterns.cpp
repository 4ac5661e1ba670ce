#include "extract/relations/relation_patterns.h"

#include <fmt/format.h>
#include <rapidjson/document.h>
#include <rapidjson/schema.h>
#include <rapidjson/stringbuffer.h>

#include <algorithm>
#include <stdexcept>

#include "extract/json_file.h"
#include "extract/text/unicode.h"

namespace newsgraph {
namespace fs = std::filesystem;
namespace {

std::vector<std::string> strings(const rapidjson::Value& v) {
  std::vector<std::string> out;
  for (const auto& s : v.GetArray()) out.emplace_back(s.GetString(), s.GetStringLength());
  return out;
}

// "/rules/3/trigger" → "rule 4 ('besiege-verb')" for error messages.
std::string where_in(const rapidjson::Document& doc, const std::string& pointer) {
  const std::string prefix = "/rules/";
  if (pointer.rfind(prefix, 0) != 0) return pointer.empty() ? "the top level" : pointer;
  size_t index = std::stoul(pointer.substr(prefix.size()));
  std::string name;
  if (doc.HasMember("rules") && doc["rules"].IsArray() && index < doc["rules"].Size()) {
    const auto& rule = doc["rules"][static_cast<rapidjson::SizeType>(index)];
    if (rule.IsObject() && rule.HasMember("name") && rule["name"].IsString())
      name = rule["name"].GetString();
  }
  return fmt::format("rule {}{} (at {})", index + 1, name.empty() ? "" : " '" + name + "'", pointer);
}

}  // namespace

Path parse_path(const std::string& text) {
  Path path;
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find('>', start);
    if (end == std::string::npos) end = text.size();
    std::string step_text = text.substr(start, end - start);
    PathStep step;
    if (step_text == "self") {
      step.kind = PathStep::Self;
    } else if (step_text == "<") {
      step.kind = PathStep::Before;
    } else if (step_text == "<<") {
      step.kind = PathStep::Actor;
    } else if (step_text == "next") {
      step.kind = PathStep::After;
    } else {
      if (!step_text.empty() && step_text[0] == '^') {
        step.kind = PathStep::Up;
        step_text.erase(0, 1);
      }
      auto bracket = step_text.find('[');
      if (bracket != std::string::npos) {
        auto close = step_text.find(']', bracket);
        if (close == std::string::npos) throw std::runtime_error("unclosed '[' in path '" + text + "'");
        std::string cases = step_text.substr(bracket + 1, close - bracket - 1);
        size_t c = 0;
        while (c <= cases.size()) {
          size_t bar = cases.find('|', c);
          if (bar == std::string::npos) bar = cases.size();
          if (bar > c) step.cases.push_back(cases.substr(c, bar - c));
          c = bar + 1;
        }
        step_text = step_text.substr(0, bracket);
      }
      if (step_text.empty()) throw std::runtime_error("empty step in path '" + text + "'");
      step.relation = step_text;
    }
    path.push_back(std::move(step));
    start = end + 1;
  }
  return path;
}

PatternSet PatternSet::load(const fs::path& dir, const fs::path& schema_path) {
  rapidjson::Document schema_doc = parse_json(read_text_file(schema_path), schema_path);
  rapidjson::SchemaDocument schema(schema_doc);

  std::vector<fs::path> files;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(dir, ec))
    if (entry.path().extension() == ".json") files.push_back(entry.path());
  if (ec) throw std::runtime_error(fmt::format("{}: cannot read pattern directory: {}", dir.string(), ec.message()));
  std::sort(files.begin(), files.end());
  if (files.empty()) throw std::runtime_error(fmt::format("{}: no pattern files (*.json)", dir.string()));

  PatternSet set;
  std::vector<rapidjson::Document> docs;
  for (const fs::path& file : files) {
    docs.push_back(parse_json(read_text_file(file), file));
    rapidjson::Document& doc = docs.back();
    rapidjson::SchemaValidator validator(schema);
    if (!doc.Accept(validator)) {
      rapidjson::StringBuffer pointer;
      validator.GetInvalidDocumentPointer().StringifyUriFragment(pointer);
      std::string ptr = pointer.GetString();
      if (!ptr.empty() && ptr[0] == '#') ptr.erase(0, 1);
      throw std::runtime_error(fmt::format("{}: {} does not match schemas/patterns.schema.json: '{}' fails",
                                           file.string(), where_in(doc, ptr),
                                           validator.GetInvalidSchemaKeyword()));
    }
    if (doc.HasMember("commentary_verbs"))
      for (const std::string& v : strings(doc["commentary_verbs"])) set.commentary_verbs_.insert(ascii_lower(v));
    if (doc.HasMember("frames")) {
      for (auto& f : doc["frames"].GetObject()) {
        Frame frame;
        frame.name = f.name.GetString();
        try {
          for (const std::string& p : strings(f.value["source"])) frame.source.push_back(parse_path(p));
          for (const std::string& p : strings(f.value["target"])) frame.target.push_back(parse_path(p));
          if (f.value.HasMember("unless"))
            for (const std::string& p : strings(f.value["unless"])) frame.unless.push_back(parse_path(p));
        } catch (const std::exception& e) {
          throw std::runtime_error(fmt::format("{}: frame '{}': {}", file.string(), frame.name, e.what()));
        }
        frame.symmetric_pairs = f.value.HasMember("symmetric_pairs") && f.value["symmetric_pairs"].GetBool();
        frame.unless_own_agent = f.value.HasMember("unless_own_agent") && f.value["unless_own_agent"].GetBool();
        frame.target_places_only = f.value.HasMember("target_places_only") && f.value["target_places_only"].GetBool();
        set.frames_[frame.name] = std::move(frame);
      }
    }
  }
  // Rules after every frame is known, so a file may use another file's frames.
  for (size_t i = 0; i < files.size(); ++i) {
    const rapidjson::Document& doc = docs[i];
    if (!doc.HasMember("rules")) continue;
    for (const auto& r : doc["rules"].GetArray()) {
      PatternRule rule;
      rule.name = r["name"].GetString();
      rule.file = files[i].filename().string();
      rule.type = *parse_edge_type(r["type"].GetString());  // the schema lists the types
      if (r.HasMember("confidence")) rule.confidence = r["confidence"].GetDouble();
      if (r.HasMember("reverse")) rule.reverse = r["reverse"].GetBool();
      if (r["trigger"].HasMember("upos")) rule.upos = strings(r["trigger"]["upos"]);
      if (r.HasMember("unless_object_of"))
        for (const std::string& w : strings(r["unless_object_of"])) rule.unless_object_of.push_back(ascii_lower(w));
      if (r.HasMember("object_of"))
        for (const std::string& w : strings(r["object_of"])) rule.object_of.push_back(ascii_lower(w));
      if (r.HasMember("unless_words"))
        for (const std::string& w : strings(r["unless_words"])) rule.unless_words.push_back(ascii_lower(w));
      if (r.HasMember("target_types"))
        for (const std::string& t : strings(r["target_types"]))
          rule.target_types.push_back(*parse_node_type(t));  // the schema lists the types
      for (const std::string& f : strings(r["frames"])) {
        auto it = set.frames_.find(f);
        if (it == set.frames_.end())
          throw std::runtime_error(fmt::format("{}: rule '{}': unknown frame '{}'", files[i].string(),
                                               rule.name, f));
        rule.frames.push_back(&it->second);
      }
      set.rules_.push_back(std::move(rule));
      std::vector<std::string> words;
      for (const std::string& w : strings(r["trigger"]["words"])) words.push_back(ascii_lower(w));
      set.words_.push_back(std::move(words));
    }
  }
  for (size_t i = 0; i < set.rules_.size(); ++i)
    for (const std::string& w : set.words_[i]) set.by_word_[w].push_back(&set.rules_[i]);
  return set;
}

const std::vector<const PatternRule*>* PatternSet::rules_for(const std::string& word) const {
  auto it = by_word_.find(word);
  return it == by_word_.end() ? nullptr : &it->second;
}

const std::vector<std::string>& PatternSet::words_of(const PatternRule& rule) const {
  return words_[static_cast<size_t>(&rule - rules_.data())];
}

}  // namespace newsgraph
