#pragma once
// Physical quantities as distinct types, so that a length in metres can never be passed where a
// section size in millimetres or a force in kN is expected. Each type stores a double in the unit
// named by its type; conversions are explicit functions, never implicit.

#include <cmath>
#include <compare>

namespace respan {

template <class Tag>
class Quantity {
public:
    constexpr Quantity() = default;
    constexpr explicit Quantity(double value) : value_(value) {}

    [[nodiscard]] constexpr double value() const { return value_; }
    [[nodiscard]] bool isFinite() const { return std::isfinite(value_); }

    constexpr Quantity& operator+=(Quantity other) {
        value_ += other.value_;
        return *this;
    }
    constexpr Quantity& operator-=(Quantity other) {
        value_ -= other.value_;
        return *this;
    }
    friend constexpr Quantity operator+(Quantity a, Quantity b) {
        return Quantity(a.value_ + b.value_);
    }
    friend constexpr Quantity operator-(Quantity a, Quantity b) {
        return Quantity(a.value_ - b.value_);
    }
    friend constexpr Quantity operator-(Quantity a) { return Quantity(-a.value_); }
    friend constexpr Quantity operator*(Quantity a, double f) { return Quantity(a.value_ * f); }
    friend constexpr Quantity operator*(double f, Quantity a) { return Quantity(a.value_ * f); }
    friend constexpr Quantity operator/(Quantity a, double f) { return Quantity(a.value_ / f); }
    /// Ratio of two quantities of the same kind is a plain number (e.g. utilisation).
    friend constexpr double operator/(Quantity a, Quantity b) { return a.value_ / b.value_; }
    friend constexpr auto operator<=>(Quantity a, Quantity b) = default;
    friend constexpr bool operator==(Quantity a, Quantity b) = default;

private:
    double value_ = 0.0;
};

struct MetresTag;
struct MillimetresTag;
struct KilometresTag;
struct TonnesTag;
struct KiloNewtonsTag;
struct KiloNewtonMetresTag;
struct KgCo2eTag;

using Metres = Quantity<MetresTag>;                      ///< element and span lengths
using Millimetres = Quantity<MillimetresTag>;            ///< section height and width
using Kilometres = Quantity<KilometresTag>;              ///< transport distances
using Tonnes = Quantity<TonnesTag>;                      ///< element mass
using KiloNewtons = Quantity<KiloNewtonsTag>;            ///< shear force and resistance
using KiloNewtonMetres = Quantity<KiloNewtonMetresTag>;  ///< bending moment and resistance
using KgCo2e = Quantity<KgCo2eTag>;                      ///< greenhouse-gas emissions or savings

constexpr Metres toMetres(Millimetres mm) {
    return Metres(mm.value() / 1000.0);
}
constexpr Millimetres toMillimetres(Metres m) {
    return Millimetres(m.value() * 1000.0);
}

}  // namespace respan
