#pragma once

#include <QtGlobal>
#include <vector>

namespace gd::core {

// The most recent samples of a latency, for percentiles. Not thread-safe.
class LatencyStats final
{
public:
    explicit LatencyStats(std::size_t capacity = 2048);

    void add(qint64 nanoseconds);
    std::size_t size() const { return m_filled; }
    // Percentile (0..100) in milliseconds over the kept samples; 0 when there are none.
    double percentileMs(double percentile) const;

private:
    std::vector<qint64> m_samples;
    std::size_t m_next = 0;
    std::size_t m_filled = 0;
};

// Percentile of a vector of samples (nanoseconds) in milliseconds; reorders the vector.
double percentileMs(std::vector<qint64>& samples, double percentile);

} // namespace gd::core
