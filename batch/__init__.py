"""The batch runner: inputs and outputs planned, tasks run by an engine, one summary.

Every engine (the local process pool today) runs the same task functions
(`dicomproto.batch.tasks`) and reports through the same `Summary`.
"""
