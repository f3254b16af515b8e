print("trend-breakout: the sample-data summary lands with the foundation step")
