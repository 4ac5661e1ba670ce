#include "extract/clean/boilerplate.h"

#include <array>
#include <string>

#include "extract/text/unicode.h"

namespace newsgraph {
namespace {

bool contains(std::string_view s, std::string_view part) {
  return s.find(part) != std::string_view::npos;
}

template <typename Parts>
bool contains_any(std::string_view s, const Parts& parts) {
  for (std::string_view p : parts)
    if (contains(s, p)) return true;
  return false;
}

bool contains_any(std::string_view s, std::initializer_list<std::string_view> parts) {
  for (std::string_view p : parts)
    if (contains(s, p)) return true;
  return false;
}

// Furniture so specific that a "content"-like word beside it does not save
// the element ("comment-body", "related-content", "share-text").
constexpr std::string_view kStrongFurniture[] = {
    "comment",    "disqus",     "cookie",     "consent",     "gdpr",       "newsletter",
    "share",      "sharing",    "social",     "related",     "recommend",  "promo",
    "outbrain",   "taboola",    "sponsor",    "advert",      "breadcrumb",
    "byline",     "trending",   "most-read",   "mostread",   "most-popular",
    "mostpopular", "read-more", "readmore",   "more-stories", "morestories", "signup",
    "sign-up",    "login",      "log-in",     "signin",      "sign-in",    "subscribe",
    "subscription", "tag-list", "taglist",    "author-bio",  "authorbio",  "pagination",
    "skip-link",  "skiplink",   "donate",     "masthead",    "navbar",     "navigation",
    "footer",     "toolbar",    "teaser",     "popup",       "modal",      "banner-ad",
    "newsfeed",   "recirc",     "further-reading", "also-read", "read-also",
    "video-player", "playlist", "jw-",        "rating",      "print-only", "follow-us"};

// Furniture unless the name also says it holds content ("nav" vs
// "content-nav" is rare; "header" vs "article-header" is the title block).
constexpr std::string_view kWeakFurniture[] = {
    "nav", "menu", "header", "meta", "footnote", "author", "timestamp", "tags", "topics",
    "toc", "breaking", "alert", "banner", "aside", "tooltip", "dropdown", "carousel",
    "slider", "gallery", "card", "sidebar", "widget"};

constexpr std::string_view kContent[] = {
    "article", "body", "content", "entry", "main", "post", "story", "text", "prose", "blog"};

constexpr std::string_view kCaption[] = {
    "caption", "credit", "photo-info", "image-info", "media-info", "img-info", "figure"};

// Class tokens that are an advert on their own ("ad", "ads", "ad-slot").
bool is_ad_token(std::string_view t) {
  if (t == "ad" || t == "ads" || t == "advert" || t == "adv" || t == "dfp") return true;
  auto starts = [&](std::string_view p) { return t.substr(0, p.size()) == p; };
  auto ends = [&](std::string_view p) {
    return t.size() >= p.size() && t.substr(t.size() - p.size()) == p;
  };
  return starts("ad-") || starts("ad_") || starts("ads-") || starts("ads_") || ends("-ad") ||
         ends("_ad") || ends("-ads") || ends("_ads") || starts("adslot") || starts("adunit") ||
         starts("google-ad") || starts("gpt-ad");
}

bool is_hidden_token(std::string_view t) {
  return t == "hidden" || t == "sr-only" || t == "visually-hidden" || t == "visuallyhidden" ||
         t == "screen-reader-text" || t == "screen-reader-only" || t == "sr-text" ||
         t == "offscreen" || t == "u-hidden" || t == "is-hidden" || t == "element-invisible" ||
         t == "hide" || t == "d-none";
}

bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

size_t word_count(std::string_view s) {
  size_t n = 0;
  bool in = false;
  for (char c : s) {
    bool sp = c == ' ' || c == '\t';
    if (!sp && !in) ++n;
    in = !sp;
  }
  return n;
}

}  // namespace

uint32_t class_hints(std::string_view s) {
  if (s.empty()) return kHintNone;
  uint32_t hints = kHintNone;
  bool content = contains_any(s, kContent);
  if (content) hints |= kHintContent;
  if (contains_any(s, kCaption)) hints |= kHintCaption;
  bool strong = contains_any(s, kStrongFurniture);
  bool weak = contains_any(s, kWeakFurniture) && !contains_any(s, {"subhead", "subheader"});
  // Token-level checks: adverts and hidden helpers.
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && s[i] == ' ') ++i;
    size_t j = i;
    while (j < s.size() && s[j] != ' ') ++j;
    std::string_view token = s.substr(i, j - i);
    if (!token.empty()) {
      if (is_ad_token(token)) strong = true;
      if (is_hidden_token(token)) hints |= kHintHidden;
    }
    i = j;
  }
  if (strong) hints |= kHintBoilerplate;
  else if (weak && !content) hints |= kHintWeakBoilerplate;
  return hints;
}

bool is_furniture_phrase(std::string_view line) {
  if (line.empty()) return false;
  std::string s = ascii_lower(line.substr(0, 160));
  while (!s.empty() && (s.back() == ' ' || s.back() == ':' || s.back() == '.' ||
                        s.back() == '>' || s.back() == '!'))
    s.pop_back();
  size_t words = word_count(s);
  static const std::array<std::string_view, 52> kExact = {
      "read more", "more", "advertisement", "advertising", "sponsored", "share", "share this",
      "share this article", "share this story", "share article", "tweet", "email", "e-mail",
      "print", "comments", "comment", "leave a comment", "post a comment", "sign up",
      "subscribe", "log in", "login", "sign in", "register", "related", "related articles",
      "related stories", "related content", "related news", "recommended", "most read",
      "most popular", "trending", "trending now", "watch", "listen", "exit mobile version",
      "back to top", "continue reading", "view comments", "show comments", "don't miss",
      "top stories", "more stories", "next article", "previous article", "skip to content",
      "skip to main content", "close", "menu", "search", "you may also like"};
  for (std::string_view e : kExact)
    if (s == e) return true;
  if (words > 24) return false;
  static const std::array<std::string_view, 44> kPrefixes = {
      "read more:", "read more ", "related:", "related coverage", "see also:", "more on this",
      "more from ", "sign up for", "sign up to", "subscribe to", "subscribe now",
      "follow us on", "follow us", "like us on", "click here", "all rights reserved",
      "copyright ", "(c) ", "we use cookies", "this site uses cookies", "this website uses cookies",
      "by using this site", "accept cookies", "cookie policy", "log in to", "login to",
      "sign in to", "register to", "register for", "join our commenting", "join the conversation",
      "join thought-provoking", "thank you for registering", "please refresh",
      "please log in", "you must be logged in", "already a subscriber", "already registered",
      "have your say", "comments are closed", "share on ", "share this ", "get our newsletter",
      "newsletter sign"};
  for (std::string_view p : kPrefixes)
    if (starts_with(s, p)) return true;
  if (words <= 12 && (starts_with(s, "\xC2\xA9") || contains(s, "all rights reserved")))
    return true;
  return false;
}

bool is_credit_line(std::string_view line) {
  std::string s = ascii_lower(line.substr(0, 400));
  while (!s.empty() && (s.back() == ' ' || s.back() == '.')) s.pop_back();
  if (s.empty()) return false;
  static const std::array<std::string_view, 14> kPrefixes = {
      "\xC2\xA9", "photo:", "photograph:", "photos:", "image:", "picture:", "credit:",
      "image copyright", "image caption", "photo by ", "photo credit", "(photo", "pictured:",
      "illustration:"};
  for (std::string_view p : kPrefixes)
    if (starts_with(s, p)) return true;
  if (s.back() == ')') {
    size_t open = s.rfind('(');
    if (open != std::string::npos) {
      std::string_view inner = std::string_view(s).substr(open + 1);
      if (inner.size() < 80 &&
          contains_any(inner, {"getty", "afp", "reuters", "ap photo", "epa", "shutterstock",
                               "photo", "image", "pa wire", "alamy", "bloomberg", "xinhua",
                               "anadolu", "courtesy", "file"}))
        return true;
    }
  }
  return false;
}

}  // namespace newsgraph
