// ResolutionOverrides: the user's own decisions about which names are one
// entity, read from the file given to `newsgraph build --resolve FILE`
// (format: docs/resolve.md, schema: schemas/resolve.schema.json).
//
//   same_as      the names are one entity: their nodes merge, whatever the
//                automatic rules say (never across the person / group and
//                organization / place families)
//   not_same_as  the names are different entities: no automatic rule merges
//                nodes named by two of them
//
// Names are compared by name_key (case, diacritics and punctuation do not
// matter). A rule may name a type; it then concerns nodes of that type only.
// The user keeps the file and passes it on every run; the result depends
// only on the inputs and the file.
#pragma once

#include <filesystem>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "extract/ontology.h"

namespace newsgraph {

struct ResolutionRule {
  std::vector<std::string> names;  // as written in the file
  std::vector<std::string> keys;   // name_key of each name, same order
  std::optional<NodeType> type;    // only nodes of this type; none = any
  std::string where;               // "same_as[2]": the entry, for messages
};

struct ResolutionOverrides {
  std::vector<ResolutionRule> same_as;
  std::vector<ResolutionRule> not_same_as;

  bool empty() const { return same_as.empty() && not_same_as.empty(); }
};

// A rule built in code (tests, callers): fills keys from names.
ResolutionRule make_resolution_rule(std::vector<std::string> names,
                                    std::optional<NodeType> type = std::nullopt);

// Parses an overrides file's text, validates it against the schema's text
// (JSON Schema draft-04) and checks what a schema cannot: every name has a
// key, no name twice in one entry, no pair both same and not same. Throws
// std::runtime_error "ORIGIN: ENTRY: problem" on the first error.
ResolutionOverrides parse_resolution_overrides(std::string_view json, std::string_view schema,
                                               const std::string& origin);

// Reads `file` and validates it with DATA_DIR/schemas/resolve.schema.json.
// Throws std::runtime_error naming the file (and the entry) on any error.
ResolutionOverrides load_resolution_overrides(const std::filesystem::path& file,
                                              const std::filesystem::path& data_dir);

}  // namespace newsgraph
