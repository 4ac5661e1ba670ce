// EntityResolver: a document's mentions → its entities.
//
// Mentions of one real-world entity are grouped: equal names (by name_key),
// a person's surname or shorter name to the one full name that ends with it
// ("De Mistura" → "Jane de Mistura"), acronyms declared in parentheses or
// matching a name's initials ("HNC"), and "X, known as Y". Each entity is
// named by its most complete frequent form and keeps every other form as an
// alias. Fills doc.entities and Mention::entity.
#pragma once

#include "extract/document.h"

namespace newsgraph {

void resolve_entities(Document& doc);

}  // namespace newsgraph
