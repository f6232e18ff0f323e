# dicomproto: `make` regenerates proto/ and gen/python/ from the DICOM DocBook;
# `make test` runs the tests. Both set up .venv on first use.

PYTHON := .venv/bin/python
SHARED_XML := ../shared/standard_xml
# Where the DocBook comes from: $DICOM_STANDARD_XML, else standard_xml/, else a
# download of the pinned edition into build/standard_xml (see generator/fetch.py).
ifdef DICOM_STANDARD_XML
STANDARD_XML := $(DICOM_STANDARD_XML)
else ifneq ($(wildcard standard_xml/part03.xml),)
STANDARD_XML := standard_xml
else
STANDARD_XML := build/standard_xml
endif

.PHONY: all generate check-generated test lint buf-lint bench bench-generate bench-scale bench-exports bench-serve bench-deidentify tf-venv fetch clean

all: generate

.venv/.installed: pyproject.toml
	python3 -m venv .venv
	$(PYTHON) -m pip install --quiet --upgrade pip
	$(PYTHON) -m pip install --quiet -e '.[test]'
	touch $@

build/standard_xml/part03.xml: | .venv/.installed
	$(PYTHON) -m dicomproto.generator.fetch --out build/standard_xml

fetch: build/standard_xml/part03.xml

# Field numbers always come from the committed registry, proto/field_numbers.json.
REGISTRY := $(if $(wildcard proto/field_numbers.json),--registry proto/field_numbers.json)

generate: .venv/.installed $(if $(filter build/standard_xml,$(STANDARD_XML)),build/standard_xml/part03.xml)
	rm -rf build/generated
	$(PYTHON) -m dicomproto.generator --standard $(STANDARD_XML) --out build/generated $(REGISTRY)
	rm -rf proto gen/python
	mkdir -p gen
	cp -R build/generated/proto proto
	cp -R build/generated/python gen/python

# Regenerate from the shared DocBook into build/check and compare with what is committed.
check-generated: .venv/.installed
	rm -rf build/check
	$(PYTHON) -m dicomproto.generator --standard $(SHARED_XML) --out build/check $(REGISTRY) > /dev/null
	diff -r -x __pycache__ proto build/check/proto
	diff -r -x __pycache__ gen/python build/check/python
	@echo "committed proto/ and gen/python/ match a fresh run"

test: .venv/.installed
	$(PYTHON) -m pytest -q

lint: .venv/.installed
	$(PYTHON) -m ruff check .

buf-lint:
	cd proto && npx --yes @bufbuild/buf@1.75.0 lint

bench-generate: .venv/.installed
	$(PYTHON) -m dicomproto.generator.bench --standard $(SHARED_XML)

bench: .venv/.installed
	$(PYTHON) bench/bench_convert.py

# The Dask engine against the local process pool (files/s, overhead per file).
bench-scale: .venv/.installed
	$(PYTHON) bench/bench_scale.py

# Parquet and TFRecord: sizes vs DICOM JSON lines, files/s per format, schema build times.
bench-exports: .venv/.installed
	$(PYTHON) bench/bench_exports.py

# TensorFlow in its own environment (its pins are not the project's), for the tests
# that read the TFRecord output with TensorFlow's own reader.
tf-venv: build/tf-venv/.installed

build/tf-venv/.installed:
	python3 -m venv build/tf-venv
	build/tf-venv/bin/pip install --quiet tensorflow-cpu
	touch $@

# The gRPC server: 8 clients x 200 Convert calls, then a 1 GiB multi-frame streamed.
bench-serve: .venv/.installed
	$(PYTHON) bench/bench_serve.py
# De-identification next to dicognito and deid, whole processes and in process. The
# other tools live in their own environment (deid pulls matplotlib and pillow, which
# would change what pydicom decodes here), beside the project's pydicom.
bench-deidentify: .venv/.installed build/deid-venv/.installed
	$(PYTHON) bench/bench_deidentify.py $(ARGS)

build/deid-venv/.installed:
	python3 -m venv build/deid-venv
	build/deid-venv/bin/pip install --quiet dicognito==0.19.0 deid==0.4.13 \
		"pydicom==$$($(PYTHON) -c 'import pydicom; print(pydicom.__version__)')"
	touch $@

clean:
	rm -rf build .venv
