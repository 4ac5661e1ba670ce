#include "extract/nlp/model_io.h"

#include <zlib.h>

#include <system_error>

namespace newsgraph::nlp {

void Writer::put_string(const std::string& s) {
  put<uint32_t>(static_cast<uint32_t>(s.size()));
  bytes_.append(s);
}

void Writer::save(const std::filesystem::path& path, const std::string& magic) const {
  std::filesystem::path tmp = path;
  tmp += ".tmp";
  gzFile f = gzopen(tmp.c_str(), "wb9");
  if (!f) throw ModelError(path.string() + ": cannot write");
  std::string all = magic + bytes_;
  size_t done = 0;
  bool ok = true;
  while (done < all.size() && ok) {
    unsigned chunk = static_cast<unsigned>(std::min<size_t>(all.size() - done, 1u << 30));
    ok = gzwrite(f, all.data() + done, chunk) == static_cast<int>(chunk);
    done += chunk;
  }
  if (gzclose(f) != Z_OK || !ok) throw ModelError(path.string() + ": write failed");
  std::error_code ec;
  std::filesystem::rename(tmp, path, ec);
  if (ec) throw ModelError(path.string() + ": cannot rename: " + ec.message());
}

Reader::Reader(const std::filesystem::path& path, const std::string& magic) : path_(path.string()) {
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec))
    throw ModelError(path_ + ": model file not found");
  gzFile f = gzopen(path.c_str(), "rb");
  if (!f) throw ModelError(path_ + ": cannot open model file");
  char buffer[1 << 16];
  int n;
  while ((n = gzread(f, buffer, sizeof buffer)) > 0) bytes_.append(buffer, n);
  int errnum = 0;
  gzerror(f, &errnum);
  gzclose(f);
  if (n < 0 || (errnum != Z_OK && errnum != Z_STREAM_END)) fail("corrupt (bad compression)");
  if (bytes_.compare(0, magic.size(), magic) != 0) fail("not a " + magic + " model file");
  pos_ = magic.size();
}

std::string Reader::get_string() {
  uint32_t n = get<uint32_t>();
  need(n);
  std::string s = bytes_.substr(pos_, n);
  pos_ += n;
  return s;
}

void Reader::expect_end() {
  if (pos_ != bytes_.size()) fail("corrupt (trailing bytes)");
}

void Reader::need(size_t n) {
  if (n > bytes_.size() - pos_) fail("corrupt (truncated)");
}

void Reader::fail(const std::string& why) const { throw ModelError(path_ + ": " + why); }

}  // namespace newsgraph::nlp
