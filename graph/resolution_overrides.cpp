#include "graph/resolution_overrides.h"

#include <fmt/format.h>
#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <rapidjson/schema.h>
#include <rapidjson/stringbuffer.h>

#include <map>

#include "extract/json_file.h"
#include "extract/text/name_key.h"

namespace newsgraph {
namespace {

namespace fs = std::filesystem;

// "/same_as/2/names/0" → {"same_as", "2", "names", "0"}
std::vector<std::string> pointer_parts(const std::string& pointer) {
  std::vector<std::string> parts;
  size_t start = 1;
  while (!pointer.empty() && start <= pointer.size()) {
    size_t end = std::min(pointer.find('/', start), pointer.size());
    parts.push_back(pointer.substr(start, end - start));
    start = end + 1;
  }
  return parts;
}

// The entry a user looks for: "same_as[2]", "same_as", "top level".
std::string entry_of(const std::vector<std::string>& parts) {
  if (parts.empty()) return "top level";
  if (parts.size() == 1) return parts[0];
  return fmt::format("{}[{}]", parts[0], parts[1]);
}

std::string explain(const std::string& keyword);

// The message for a schema failure at the pointer's parts; an unknown
// member is reported at its parent, by name.
std::string schema_error(const std::string& keyword, std::vector<std::string> parts) {
  if (keyword == "additionalProperties" && !parts.empty()) {
    std::string member = parts.back();
    parts.pop_back();
    return fmt::format("{}: unknown member \"{}\" (allowed: {})", entry_of(parts), member,
                       parts.empty() ? "same_as, not_same_as, description" : "names, type, note");
  }
  return fmt::format("{}: {}", entry_of(parts), explain(keyword));
}

std::string explain(const std::string& keyword) {
  if (keyword == "enum") return "type must be person, group, organization or place";
  if (keyword == "minItems") return "an entry needs two names or more";
  if (keyword == "minLength") return "a name is empty";
  if (keyword == "required") return "the entry has no \"names\"";
  if (keyword == "oneOf" || keyword == "anyOf")
    return "an entry is a list of two or more names, or {\"names\": [...], \"type\": \"...\"}";
  return fmt::format("does not match schemas/resolve.schema.json ('{}' fails)", keyword);
}

std::vector<std::string> names_of(const rapidjson::Value& names) {
  std::vector<std::string> out;
  for (const auto& n : names.GetArray()) out.emplace_back(n.GetString(), n.GetStringLength());
  return out;
}

std::vector<ResolutionRule> read_rules(const rapidjson::Document& doc, const char* member,
                                       const std::string& origin) {
  std::vector<ResolutionRule> rules;
  if (!doc.HasMember(member)) return rules;
  const rapidjson::Value& list = doc[member];
  for (rapidjson::SizeType i = 0; i < list.Size(); ++i) {
    const rapidjson::Value& entry = list[i];
    ResolutionRule rule;
    rule.where = fmt::format("{}[{}]", member, i);
    if (entry.IsArray()) {
      rule.names = names_of(entry);
    } else {
      rule.names = names_of(entry["names"]);
      if (entry.HasMember("type")) rule.type = parse_node_type(entry["type"].GetString());
    }
    for (const std::string& name : rule.names) {
      rule.keys.push_back(name_key(name));
      if (rule.keys.back().empty())
        throw std::runtime_error(fmt::format("{}: {}: the name \"{}\" has no letters or digits",
                                             origin, rule.where, name));
    }
    for (size_t a = 0; a < rule.keys.size(); ++a)
      for (size_t b = a + 1; b < rule.keys.size(); ++b)
        if (rule.keys[a] == rule.keys[b])
          throw std::runtime_error(fmt::format("{}: {}: \"{}\" and \"{}\" are one name", origin,
                                               rule.where, rule.names[a], rule.names[b]));
    rules.push_back(std::move(rule));
  }
  return rules;
}

// Union-find over names, one per type scope ("" = any type).
class SameAsSets {
 public:
  void add(const ResolutionRule& rule) {
    const std::string scope = rule.type ? std::string(to_string(*rule.type)) : "";
    for (size_t i = 1; i < rule.keys.size(); ++i) unite(scope, rule.keys[0], rule.keys[i]);
    for (const std::string& k : rule.keys) where_.emplace(k, rule.where);
  }
  // The same_as entry that makes a and b one, or "".
  std::string joined(const std::optional<NodeType>& type, const std::string& a,
                     const std::string& b) {
    for (auto& [scope, parent] : parent_) {
      if (type && !scope.empty() && scope != to_string(*type)) continue;
      if (find(parent, a) == find(parent, b)) return where_[a];
    }
    return "";
  }

 private:
  using Parent = std::map<std::string, std::string>;
  static std::string find(Parent& parent, std::string k) {
    while (true) {
      auto it = parent.find(k);
      if (it == parent.end() || it->second == k) return k;
      k = it->second;
    }
  }
  void unite(const std::string& scope, const std::string& a, const std::string& b) {
    Parent& parent = parent_[scope];
    std::string ra = find(parent, a), rb = find(parent, b);
    parent.emplace(ra, ra);
    parent.emplace(rb, rb);
    if (ra != rb) parent[std::max(ra, rb)] = std::min(ra, rb);
  }
  std::map<std::string, Parent> parent_;
  std::map<std::string, std::string> where_;
};

}  // namespace

ResolutionRule make_resolution_rule(std::vector<std::string> names, std::optional<NodeType> type) {
  ResolutionRule rule;
  for (const std::string& n : names) rule.keys.push_back(name_key(n));
  rule.names = std::move(names);
  rule.type = type;
  return rule;
}

ResolutionOverrides parse_resolution_overrides(std::string_view json, std::string_view schema,
                                               const std::string& origin) {
  rapidjson::Document schema_doc;
  schema_doc.Parse(schema.data(), schema.size());
  if (schema_doc.HasParseError())
    throw std::runtime_error(fmt::format("{}: the schema is not valid JSON: {}", origin,
                                         rapidjson::GetParseError_En(schema_doc.GetParseError())));
  rapidjson::SchemaDocument compiled(schema_doc);

  rapidjson::Document doc;
  doc.Parse(json.data(), json.size());
  if (doc.HasParseError())
    throw std::runtime_error(fmt::format("{}: not valid JSON at byte {}: {}", origin,
                                         doc.GetErrorOffset(),
                                         rapidjson::GetParseError_En(doc.GetParseError())));
  rapidjson::SchemaValidator validator(compiled);
  if (!doc.Accept(validator)) {
    rapidjson::StringBuffer buffer;
    validator.GetInvalidDocumentPointer().StringifyUriFragment(buffer);
    std::string pointer = buffer.GetString();
    if (!pointer.empty() && pointer[0] == '#') pointer.erase(0, 1);
    throw std::runtime_error(fmt::format(
        "{}: {}", origin, schema_error(validator.GetInvalidSchemaKeyword(), pointer_parts(pointer))));
  }

  ResolutionOverrides out;
  out.same_as = read_rules(doc, "same_as", origin);
  out.not_same_as = read_rules(doc, "not_same_as", origin);

  SameAsSets sets;
  for (const ResolutionRule& rule : out.same_as) sets.add(rule);
  for (const ResolutionRule& rule : out.not_same_as)
    for (size_t a = 0; a < rule.keys.size(); ++a)
      for (size_t b = a + 1; b < rule.keys.size(); ++b)
        if (std::string other = sets.joined(rule.type, rule.keys[a], rule.keys[b]); !other.empty())
          throw std::runtime_error(fmt::format(
              "{}: {}: \"{}\" and \"{}\" are also declared the same ({})", origin, rule.where,
              rule.names[a], rule.names[b], other));
  return out;
}

ResolutionOverrides load_resolution_overrides(const fs::path& file, const fs::path& data_dir) {
  const fs::path schema_path = data_dir / "schemas" / "resolve.schema.json";
  std::string schema = read_text_file(schema_path, "the schema of --resolve files");
  return parse_resolution_overrides(read_text_file(file), schema, file.string());
}

}  // namespace newsgraph
