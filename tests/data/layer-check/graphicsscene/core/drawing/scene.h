// Fixture for the layer check: a core file that includes a Widgets header must fail it.
#pragma once

#include <QGraphicsScene>
#include <QString>
