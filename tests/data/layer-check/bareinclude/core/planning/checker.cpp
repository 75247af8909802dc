// Fixture for the layer check: a project include that does not name its library must fail it.
#include "planning/assignmentchecker.h"
