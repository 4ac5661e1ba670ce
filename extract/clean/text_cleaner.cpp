#include "extract/clean/text_cleaner.h"
namespace newsgraph {
Article clean_text_dump(const std::string& text) { Article a; a.body = text; return a; }
}
