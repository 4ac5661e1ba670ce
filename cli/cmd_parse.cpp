// newsgraph parse: the debugging view of the NLP stage. A page is cleaned,
// tokenized, tagged, lemmatized and parsed and printed as CoNLL-U; or a
// gold-tokenized CoNLL-U file gets its UPOS, XPOS, LEMMA, HEAD and DEPREL
// predicted (IDs, forms, multi-word token lines and comments kept).
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "cli/options.h"
#include "extract/clean/article_cleaner.h"
#include "extract/clean/input.h"
#include "extract/nlp/conllu.h"
#include "extract/nlp/nlp_models.h"
#include "extract/pipeline.h"
#include "extract/text/tokenizer.h"

namespace newsgraph::cli {

namespace {

constexpr const char* kUsage = R"(Usage: newsgraph parse [options] FILE...
       newsgraph parse [options] --conllu-in FILE

Prints CoNLL-U: for each page (.html .htm .txt, optionally .gz) its cleaned
text, tokenized, tagged (UPOS, XPOS), lemmatized and parsed (UD relations);
with --conllu-in, the words of a gold-tokenized CoNLL-U file with UPOS, XPOS,
LEMMA, HEAD and DEPREL predicted (FEATS and DEPS cleared, the rest kept).

Options:
  --conllu-in FILE    read words from CoNLL-U instead of pages
  -o, --output FILE   write to FILE instead of standard output
  --models DIR        model directory (default: DATA_DIR/models)
  --data-dir DIR      data directory (default: $NEWSGRAPH_DATA_DIR or the
                      source checkout)
)";

}  // namespace

int run_parse(int argc, char** argv) {
  Options opts(argc, argv);
  if (opts.flag("-h", "--help")) {
    std::fputs(kUsage, stdout);
    return 0;
  }
  auto conllu_in = opts.value("", "--conllu-in");
  auto output = opts.value("-o", "--output");
  auto models_dir = opts.value("", "--models");
  auto data_dir = opts.value("", "--data-dir");
  std::vector<std::string> files = opts.positional();
  auto usage_error = [](const std::string& why) {
    std::fprintf(stderr, "newsgraph parse: %s\n\n%s", why.c_str(), kUsage);
    return 2;
  };
  if (opts.error()) return usage_error(*opts.error());
  if (conllu_in && !files.empty()) return usage_error("give either --conllu-in FILE or pages, not both");
  if (!conllu_in && files.empty()) return usage_error("no input");

  std::filesystem::path dir = models_dir ? std::filesystem::path(*models_dir)
                                         : (data_dir ? std::filesystem::path(*data_dir) : default_data_dir()) / "models";
  nlp::NlpModels models = nlp::NlpModels::load(dir);

  std::ofstream file_out;
  if (output) {
    file_out.open(*output, std::ios::binary);
    if (!file_out) {
      std::fprintf(stderr, "newsgraph parse: cannot write %s\n", output->c_str());
      return 1;
    }
  }
  std::ostream& out = output ? static_cast<std::ostream&>(file_out) : std::cout;

  if (conllu_in) {
    const std::string kUnset = "_";
    std::vector<conllu::Sentence> sentences = conllu::read_file(*conllu_in);
    for (conllu::Sentence& s : sentences) {
      for (conllu::Word& w : s.words) {
        w.feats = kUnset;
        w.deps = kUnset;
      }
      models.annotate(s);
      conllu::write(out, s);
    }
    out.flush();
    return out ? 0 : 1;
  }

  int status = 0;
  for (const std::string& path : files) {
    try {
      RawInput input = read_input(path);
      Article article = clean_article(input);
      Document doc;
      doc.id = input.id;
      doc.path = input.path;
      doc.text = std::move(article.body);
      tokenize(doc);
      models.annotate(doc);
      out << "# newdoc id = " << doc.id << "\n";
      for (size_t i = 0; i < doc.sentences.size(); ++i) conllu::write(out, nlp::to_conllu(doc, i));
    } catch (const InputError& e) {
      std::fprintf(stderr, "newsgraph parse: %s\n", e.what());
      status = 1;
    }
  }
  out.flush();
  if (!out) return 1;
  return status;
}

}  // namespace newsgraph::cli
