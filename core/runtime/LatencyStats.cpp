#include "core/runtime/LatencyStats.h"

#include <algorithm>
#include <cmath>

namespace gd::core {

LatencyStats::LatencyStats(std::size_t capacity)
    : m_samples(std::max<std::size_t>(capacity, 1))
{
}

void LatencyStats::add(qint64 nanoseconds)
{
    m_samples[m_next] = nanoseconds;
    m_next = (m_next + 1) % m_samples.size();
    m_filled = std::min(m_filled + 1, m_samples.size());
}

double LatencyStats::percentileMs(double percentile) const
{
    std::vector<qint64> copy(m_samples.begin(), m_samples.begin() + static_cast<std::ptrdiff_t>(m_filled));
    return gd::core::percentileMs(copy, percentile);
}

double percentileMs(std::vector<qint64>& samples, double percentile)
{
    if (samples.empty())
        return 0.0;
    const double rank = std::clamp(percentile, 0.0, 100.0) / 100.0 * static_cast<double>(samples.size() - 1);
    const auto index = static_cast<std::size_t>(std::ceil(rank));
    std::nth_element(samples.begin(), samples.begin() + static_cast<std::ptrdiff_t>(index), samples.end());
    return static_cast<double>(samples[index]) / 1e6;
}

} // namespace gd::core
