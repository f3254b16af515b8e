/// A broker account's balances at one instant: cash, equity (cash plus marked positions) and
/// the gross and net exposure, stamped with the time of the snapshot — the same record as
/// a point of an equity curve.
public typealias AccountSnapshot = EquityPoint
