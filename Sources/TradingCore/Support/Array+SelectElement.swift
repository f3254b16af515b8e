extension Array where Element: Comparable {
    /// The element that would be at `rank` if the array were sorted, found by three-way
    /// quickselect (linear on average, and on the many equal values of regular spacings).
    ///
    /// Reorders the array so that afterwards every element before `rank` is ≤ the result and
    /// every element after it is ≥ it. Elements must be totally ordered (no NaN).
    ///
    /// - Precondition: `0 ≤ rank < count`.
    /// - Complexity: O(n) expected.
    mutating func selectElement(rank: Int) -> Element {
        precondition(rank >= 0 && rank < count, "rank out of range")
        var low = 0, high = count - 1
        while low < high {
            let pivot = self[low + (high - low) / 2]
            var less = low, index = low, greater = high
            while index <= greater {
                if self[index] < pivot {
                    swapAt(less, index)
                    less += 1
                    index += 1
                } else if self[index] > pivot {
                    swapAt(index, greater)
                    greater -= 1
                } else {
                    index += 1
                }
            }
            if rank < less {
                high = less - 1
            } else if rank > greater {
                low = greater + 1
            } else {
                return pivot
            }
        }
        return self[low]
    }
}
