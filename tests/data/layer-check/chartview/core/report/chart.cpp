// Fixture for the layer check: a core file that includes a Charts header must fail it.
#include <QtCharts/QChartView>
#include <QString>
