# dicomproto: `make` regenerates proto/ and gen/python/ from the DICOM DocBook;
# `make test` runs the tests. Both set up .venv on first use.

PYTHON := .venv/bin/python
# Where the DocBook comes from, for every target (as generator/sources.py's locate):
# $DICOM_STANDARD_XML, else standard_xml/ when it holds every part, else the copy
# beside the checkout (../shared/standard_xml_2024c) when that does, else standard_xml/,
# where `make fetch` downloads the pinned edition (with checksums recorded in
# generator/standard.lock.json).
STANDARD_PARTS := part03.xml part04.xml part06.xml part15.xml
BESIDE_XML := ../shared/standard_xml_2024c
complete = $(if $(filter-out $(wildcard $(addprefix $(1)/,$(STANDARD_PARTS))),$(addprefix $(1)/,$(STANDARD_PARTS))),,yes)
ifdef DICOM_STANDARD_XML
STANDARD_XML := $(DICOM_STANDARD_XML)
STANDARD_FILES :=
else ifeq ($(call complete,standard_xml):$(call complete,$(BESIDE_XML)),:yes)
STANDARD_XML := $(BESIDE_XML)
STANDARD_FILES :=
else
STANDARD_XML := standard_xml
STANDARD_FILES := $(addprefix standard_xml/,$(STANDARD_PARTS))
endif
export DICOM_STANDARD_XML := $(abspath $(STANDARD_XML))

.PHONY: all generate check-generated test lint buf-lint bench bench-generate bench-scale bench-exports bench-serve bench-deidentify tf-venv fetch clean

all: generate

.venv/.installed: pyproject.toml
	python3 -m venv .venv
	$(PYTHON) -m pip install --quiet --upgrade pip
	$(PYTHON) -m pip install --quiet -e '.[test]'
	touch $@

$(STANDARD_FILES) &: | .venv/.installed
	$(PYTHON) -m dicomproto.generator.fetch --out standard_xml

fetch: $(STANDARD_FILES)

# Field numbers and names always come from the committed registry, proto/field_numbers.json.
REGISTRY := $(if $(wildcard proto/field_numbers.json),--registry proto/field_numbers.json)

generate: .venv/.installed $(STANDARD_FILES)
	rm -rf build/generated
	$(PYTHON) -m dicomproto.generator --standard $(STANDARD_XML) --out build/generated $(REGISTRY)
	rm -rf proto gen/python
	mkdir -p gen
	cp -R build/generated/proto proto
	cp -R build/generated/python gen/python

# Regenerate into build/check and compare with what is committed.
check-generated: .venv/.installed $(STANDARD_FILES)
	rm -rf build/check
	$(PYTHON) -m dicomproto.generator --standard $(STANDARD_XML) --out build/check $(REGISTRY) > /dev/null
	diff -r -x __pycache__ proto build/check/proto
	diff -r -x __pycache__ gen/python build/check/python
	@echo "committed proto/ and gen/python/ match a fresh run from $(STANDARD_XML)"

test: .venv/.installed $(STANDARD_FILES)
	$(PYTHON) -m pytest -q

lint: .venv/.installed
	$(PYTHON) -m ruff check .

buf-lint:
	cd proto && npx --yes @bufbuild/buf@1.75.0 lint

# The schema before the current one: the last commit before HEAD's schema that changed it.
# BENCH_OPTIONS=--instructions also counts instructions with valgrind (slow).
PREVIOUS_SCHEMA := $(shell git log -2 --format=%H -- gen/python 2>/dev/null | sed -n 2p)

bench-generate: .venv/.installed $(STANDARD_FILES)
	rm -rf build/previous-schema
	$(if $(PREVIOUS_SCHEMA),mkdir -p build/previous-schema && git archive $(PREVIOUS_SCHEMA) gen/python | tar -x -C build/previous-schema)
	$(PYTHON) -m dicomproto.generator.bench --standard $(STANDARD_XML) $(BENCH_OPTIONS) \
		$(if $(PREVIOUS_SCHEMA),--previous build/previous-schema/gen/python)

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
