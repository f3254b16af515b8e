/// The Attribution module of TradingKit; see ARCHITECTURE.md for its place in the design.
public enum AttributionModule {}
