// Which edges the exporters write: an edge every mention of which is negated
// ("X did not attack Y") or hedged ("X may attack Y") states no fact, so it is
// left out of every format unless the caller asks for it.
#include "export/exporters.h"

namespace newsgraph {

bool is_exported(const EdgeProperties& edge, const ExportOptions& options) {
  return options.include_hedged || !(edge.negated || edge.hedged);
}

}  // namespace newsgraph
