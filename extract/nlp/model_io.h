// Binary model files: a magic string, then little-endian fields, all of it
// gzip-compressed. Writer builds the bytes in memory and saves them in one go;
// Reader checks every read against the end of the data, so a truncated or
// corrupt file gives a ModelError naming the file instead of garbage.
#pragma once

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <stdexcept>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

namespace newsgraph::nlp {

// A model file that is missing, unreadable or corrupt; the message names it.
class ModelError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

class Writer {
 public:
  template <typename T>
  void put(const T& value) {
    const char* p = reinterpret_cast<const char*>(&value);
    bytes_.append(p, sizeof(T));
  }
  void put_string(const std::string& s);
  template <typename T>
  void put_vector(const std::vector<T>& v) {
    put<uint64_t>(v.size());
    bytes_.append(reinterpret_cast<const char*>(v.data()), v.size() * sizeof(T));
  }
  // Writes magic + bytes, gzip-compressed, to path (via a temporary file).
  void save(const std::filesystem::path& path, const std::string& magic) const;

 private:
  std::string bytes_;
};

class Reader {
 public:
  // Reads and decompresses path; checks the magic string.
  Reader(const std::filesystem::path& path, const std::string& magic);

  template <typename T>
  T get() {
    need(sizeof(T));
    T value;
    std::memcpy(&value, bytes_.data() + pos_, sizeof(T));
    pos_ += sizeof(T);
    return value;
  }
  std::string get_string();
  template <typename T>
  std::vector<T> get_vector() {
    uint64_t n = get<uint64_t>();
    if (n > (bytes_.size() - pos_) / sizeof(T)) fail("vector larger than the file");
    std::vector<T> v(n);
    std::memcpy(v.data(), bytes_.data() + pos_, n * sizeof(T));
    pos_ += n * sizeof(T);
    return v;
  }
  // Whether every byte was read (for optional trailing sections).
  bool at_end() const { return pos_ == bytes_.size(); }
  // Throws unless every byte was read.
  void expect_end();
  [[noreturn]] void fail(const std::string& why) const;

 private:
  void need(size_t n);
  std::string path_;
  std::string bytes_;
  size_t pos_ = 0;
};

// A hash-keyed table (word hash → value) as two vectors sorted by key, so
// that a model file does not depend on the hash table's iteration order.
template <typename Value>
void save_table(Writer& w, const std::unordered_map<uint64_t, Value>& table) {
  std::vector<std::pair<uint64_t, Value>> rows(table.begin(), table.end());
  std::sort(rows.begin(), rows.end());
  std::vector<uint64_t> keys;
  std::vector<Value> values;
  keys.reserve(rows.size());
  values.reserve(rows.size());
  for (const auto& [k, v] : rows) {
    keys.push_back(k);
    values.push_back(v);
  }
  w.put_vector(keys);
  w.put_vector(values);
}

template <typename Value>
std::unordered_map<uint64_t, Value> load_table(Reader& r) {
  std::vector<uint64_t> keys = r.get_vector<uint64_t>();
  std::vector<Value> values = r.get_vector<Value>();
  if (keys.size() != values.size()) r.fail("corrupt (table sizes)");
  std::unordered_map<uint64_t, Value> out;
  out.reserve(keys.size());
  for (size_t i = 0; i < keys.size(); ++i) out.emplace(keys[i], values[i]);
  return out;
}

}  // namespace newsgraph::nlp
