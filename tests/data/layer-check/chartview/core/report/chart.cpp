// Fixture for the layer check: a core file that includes a Charts header must fail it.
#include <QString>
#include <QtCharts/QChartView>
