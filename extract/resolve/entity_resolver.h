// EntityResolver: a document's mentions → its entities.
//
// Mentions of one real-world entity are grouped: equal names (by name_key),
// a person's surname or shorter name to the one full name that ends with it
// ("De Mistura" → "Jane de Mistura"), acronyms declared in parentheses or
// matching a name's initials ("HNC"), "X, known as Y", and a description the
// text ties to a named group ("the Sentinel Brigade, a pro-government
// militia", "the opposition Coalition for ..."). Each entity is named by its
// most complete frequent proper form (a name before a description) and keeps
// every other form as an alias. Fills doc.entities and Mention::entity.
#pragma once

#include "extract/document.h"

namespace newsgraph {

void resolve_entities(Document& doc);

}  // namespace newsgraph
