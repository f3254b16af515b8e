/// The Universe module of TradingKit; see ARCHITECTURE.md for its place in the design.
public enum UniverseModule {}
