"""Exports for analytics and ML: Parquet tables with an Arrow schema derived from the
message descriptors, and TFRecord files of tf.train.Example records.

    from dicomproto.exports import arrow_schema, write_parquet, read_parquet

Both formats plug into the batch runner (`dicomproto convert --format parquet` or
`--format tfrecord`) through `dicomproto.batch.formats`. This package needs the
`parquet` extra (pyarrow) or the `tfrecord` extra (google-crc32c).
"""
