# libFuzzer harnesses (tests/fuzz/TARGET.c), included by the Makefile.
#   make fuzz          every target for FUZZ_SECONDS (default 60) with clang's
#                      libFuzzer, ASan and UBSan; findings go to
#                      tests/fuzz/crashes/TARGET/
#   make fuzz-TARGET   one of them
#   make fuzz-merge    the committed corpora minimised (-merge=1), with what
#                      the runs before found
#   make fuzz-replay   every committed input and finding through the harnesses
#                      built by the project's compiler, plain and sanitized
#                      (no clang: make check runs it)
# See HACKING.md.

FUZZ_TARGETS := config hls url qbrick page journal_line journal_replay report utf8 time

FUZZ_CC      ?= clang
FUZZ_SECONDS ?= 60
FUZZ_NICE    ?= nice -n 10
# More for libFuzzer: make fuzz FUZZ_FLAGS='-use_value_profile=1' (with
# -jobs=N its lines go to fuzz-N.log, not build/fuzz/TARGET.log).
FUZZ_FLAGS   ?=
# On top of ASan and UBSan (clang's has float-cast-overflow): checks that
# do not fire on podium's intended code. Not -fsanitize=integer: its
# unsigned overflow fires on `for (i = n; i-- > 0;)`.
FUZZ_EXTRA   := -fsanitize=float-divide-by-zero,implicit-conversion,local-bounds
FUZZ_SAN      = -fsanitize=address,undefined $(FUZZ_EXTRA) -fno-sanitize-recover=all \
                -fno-omit-frame-pointer

# The longest input each is given: a configuration, a playlist and a
# page grow long, a time of day does not.
FUZZ_MAX_LEN_config         := 8192
FUZZ_MAX_LEN_hls            := 16384
FUZZ_MAX_LEN_url            := 1024
FUZZ_MAX_LEN_qbrick         := 8192
FUZZ_MAX_LEN_page           := 16384
FUZZ_MAX_LEN_journal_line   := 2048
FUZZ_MAX_LEN_journal_replay := 16384
FUZZ_MAX_LEN_report         := 16384
FUZZ_MAX_LEN_utf8           := 1024
FUZZ_MAX_LEN_time           := 128

# The words each knows (libFuzzer's -dict): tests/fuzz/TARGET.dict, or
# one shared.
FUZZ_DICT_journal_line   := tests/fuzz/journal.dict
FUZZ_DICT_journal_replay := tests/fuzz/journal.dict
FUZZ_DICT_report         := tests/fuzz/journal.dict
FUZZ_DICT = $(or $(FUZZ_DICT_$(1)),$(wildcard tests/fuzz/$(1).dict))

# Leaks in the libraries, not podium's (see the file).
FUZZ_ENV      = LSAN_OPTIONS=suppressions=$(CURDIR)/tests/fuzz/lsan.supp:print_suppressions=0

FUZZ_OBJ     := $(SRC:src/%.c=build/fuzz/obj/%.o)
FUZZ_LIB_OBJ  = $(filter-out %/main.o,$(FUZZ_OBJ))

.PHONY: fuzz fuzz-merge fuzz-replay fuzz-build $(FUZZ_TARGETS:%=fuzz-%)

# clang, for libFuzzer: podium's objects instrumented but without its main()
build/fuzz/obj/%.o: src/%.c
	@mkdir -p $(@D)
	$(SAY) CC '$< (fuzz)'
	$(Q)$(FUZZ_CC) $(ALL_CFLAGS) $(FUZZ_SAN) -fsanitize=fuzzer-no-link -c -o $@ $<

build/fuzz/harness/%.o: tests/fuzz/%.c
	@mkdir -p $(@D)
	$(SAY) CC '$< (fuzz)'
	$(Q)$(FUZZ_CC) $(ALL_CFLAGS) $(FUZZ_SAN) -fsanitize=fuzzer-no-link -Isrc -c -o $@ $<

build/fuzz/obj/config.o build/fuzz/obj/i18n.o: build/datadir.txt

$(FUZZ_TARGETS:%=build/fuzz/%): build/fuzz/%: build/fuzz/harness/%.o $(FUZZ_LIB_OBJ)
	$(SAY) LD $@
	$(Q)$(FUZZ_CC) $(CFLAGS) $(FUZZ_SAN) -fsanitize=fuzzer $(LDFLAGS) -o $@ $^ $(PKG_LIBS)

fuzz-build: $(FUZZ_TARGETS:%=build/fuzz/%)

# One target: its working corpus (build/fuzz/corpus/TARGET, the committed
# one copied in) fuzzed for FUZZ_SECONDS; libFuzzer's log in
# build/fuzz/TARGET.log, its last lines shown; what it finds (crash-*,
# leak-*, timeout-*, oom-*) in tests/fuzz/crashes/TARGET/.
$(FUZZ_TARGETS:%=fuzz-%): fuzz-%: build/fuzz/%
	@mkdir -p build/fuzz/corpus/$* tests/fuzz/crashes/$*
	@cp -n tests/fuzz/corpus/$*/* build/fuzz/corpus/$*/ 2>/dev/null || true
	$(SAY) FUZZ '$* for $(FUZZ_SECONDS) s (log: build/fuzz/$*.log)'
	@ls tests/fuzz/crashes/$* > build/fuzz/$*.found; \
	$(FUZZ_ENV) $(FUZZ_NICE) $< build/fuzz/corpus/$* -max_total_time=$(FUZZ_SECONDS) \
		-max_len=$(FUZZ_MAX_LEN_$*) -timeout=5 -rss_limit_mb=2048 -print_final_stats=1 \
		$(addprefix -dict=,$(call FUZZ_DICT,$*)) \
		-artifact_prefix=tests/fuzz/crashes/$*/ $(FUZZ_FLAGS) > build/fuzz/$*.log 2>&1; \
	status=$$?; \
	grep -E -e '^#[0-9]+[[:space:]]+DONE|^stat::(number_of_executed_units|peak_rss_mb)' \
		-e '^(==[0-9]+==|SUMMARY)|runtime error' build/fuzz/$*.log | sed 's/^/       /'; \
	new=$$(ls tests/fuzz/crashes/$* | grep -vxF -f build/fuzz/$*.found); \
	rmdir --ignore-fail-on-non-empty tests/fuzz/crashes/$*; \
	if [ -n "$$new" ]; then \
		echo "fuzz: $*: new findings in tests/fuzz/crashes/$*/ (make fuzz-replay runs them):" >&2; \
		echo "$$new" | sed 's/^/    /' >&2; exit 1; \
	elif [ $$status -ne 0 ]; then \
		tail build/fuzz/$*.log >&2; exit $$status; \
	fi

# Every target, one after another (one core each, niced), even after one
# found something; fails when any did.
fuzz:
	@tools/deps.sh fuzz
	@failed=; for t in $(FUZZ_TARGETS); do \
		$(MAKE) --no-print-directory fuzz-$$t || failed="$$failed $$t"; \
	done; \
	if [ -n "$$failed" ]; then echo "fuzz: findings for:$$failed" >&2; exit 1; fi

# The committed corpora minimised: from the committed inputs and the
# working corpus of the runs before, the fewest that reach every edge the
# two reach (counters left out: by hit counts a playlist's corpus keeps
# some 500 files, by edges some 100), so fuzz-replay stays quick.
FUZZ_MERGE_FLAGS := -merge=1 -use_counters=0
fuzz-merge:
	@tools/deps.sh fuzz
	@$(MAKE) --no-print-directory fuzz-build
	@for t in $(FUZZ_TARGETS); do \
		rm -rf build/fuzz/merge/$$t && mkdir -p build/fuzz/merge/$$t build/fuzz/corpus/$$t && \
		printf '  %-4s %s\n' MERGE $$t && \
		$(FUZZ_ENV) build/fuzz/$$t $(FUZZ_MERGE_FLAGS) \
			build/fuzz/merge/$$t tests/fuzz/corpus/$$t build/fuzz/corpus/$$t \
			> build/fuzz/$$t.merge.log 2>&1 || { tail build/fuzz/$$t.merge.log; exit 1; }; \
		rm -rf tests/fuzz/corpus/$$t && cp -r build/fuzz/merge/$$t tests/fuzz/corpus/$$t && \
		echo "       $$(ls tests/fuzz/corpus/$$t | wc -l) files," \
			"$$(cat tests/fuzz/corpus/$$t/* | wc -c) bytes"; \
	done

# The replay: the harnesses with a plain main() (replay.c), built by the
# project's compiler against its objects, plain and sanitized.
build/fuzz/replay/obj/%.o: tests/fuzz/%.c
	@mkdir -p $(@D)
	$(SAY) CC $<
	$(Q)$(CC) $(ALL_CFLAGS) -Isrc -c -o $@ $<

build/san/fuzz/replay/obj/%.o: tests/fuzz/%.c
	@mkdir -p $(@D)
	$(SAY) CC '$< (sanitized)'
	$(Q)$(CC) $(ALL_CFLAGS) $(SAN_FLAGS) -Isrc -c -o $@ $<

$(FUZZ_TARGETS:%=build/fuzz/replay/%): build/fuzz/replay/%: build/fuzz/replay/obj/%.o \
		build/fuzz/replay/obj/replay.o $(LIB_OBJ)
	$(SAY) LD $@
	$(Q)$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $^ $(PKG_LIBS)

$(FUZZ_TARGETS:%=build/san/fuzz/replay/%): build/san/fuzz/replay/%: \
		build/san/fuzz/replay/obj/%.o build/san/fuzz/replay/obj/replay.o $(LIB_SAN_OBJ)
	$(SAY) LD $@
	$(Q)$(CC) $(CFLAGS) $(SAN_FLAGS) $(LDFLAGS) -o $@ $^ $(PKG_LIBS)

# Each corpus and each saved finding, which must stay fixed.
fuzz-replay: $(FUZZ_TARGETS:%=build/fuzz/replay/%) $(FUZZ_TARGETS:%=build/san/fuzz/replay/%)
	@failed=; for t in $(FUZZ_TARGETS); do \
		for b in build/fuzz/replay build/san/fuzz/replay; do \
			$(FUZZ_ENV) $$b/$$t tests/fuzz/corpus/$$t $$(ls -d tests/fuzz/crashes/$$t 2>/dev/null) || \
				failed="$$failed $$b/$$t"; \
		done; \
	done; \
	if [ -n "$$failed" ]; then echo "fuzz-replay: FAILED:$$failed" >&2; exit 1; fi

-include $(FUZZ_OBJ:.o=.d) $(wildcard build/fuzz/harness/*.d build/fuzz/replay/obj/*.d \
	build/san/fuzz/replay/obj/*.d)
