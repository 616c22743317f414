# podium — plain GNU make. `make run` and `make check` install what they
# need from Debian first (tools/deps.sh).

PREFIX  ?= /usr/local
DESTDIR ?=
BINDIR  ?= $(PREFIX)/bin
MANDIR  ?= $(PREFIX)/share/man
DATADIR ?= $(PREFIX)/share/podium
LOCALEDIR ?= $(PREFIX)/share/locale
VERSION := 0.1

CC         ?= cc
PKG_CONFIG ?= pkg-config
PKGS       := ncursesw libconfig libcurl jansson
CFLAGS     ?= -O2 -g

# ncursesw's pkg-config asks for _XOPEN_SOURCE=600; we set 700 ourselves.
PKG_CFLAGS = $(filter-out -D_XOPEN_SOURCE%,$(shell $(PKG_CONFIG) --cflags $(PKGS)))
PKG_LIBS   = $(shell $(PKG_CONFIG) --libs $(PKGS)) -lm
ALL_CFLAGS = $(CPPFLAGS) -std=c11 -DPODIUM_SRCDIR='"$(CURDIR)"' -Wall -Wextra -Werror -D_XOPEN_SOURCE=700 -D_DEFAULT_SOURCE \
             -DPODIUM_VERSION='"$(VERSION)"' -DPODIUM_DATADIR='"$(DATADIR)"' \
             -DPODIUM_LOCALEDIR='"$(LOCALEDIR)"' \
             $(PKG_CFLAGS) $(CFLAGS) -MMD -MP
# float-cast-overflow is not in gcc's "undefined" (it is in clang's): a
# double out of an integer's range cast to it (#EXTINF:1e400) is caught
# only with it named.
SAN_FLAGS  = -fsanitize=address,undefined,float-cast-overflow -fno-sanitize-recover=all -fno-omit-frame-pointer

# Short lines while building; `make V=1` shows the whole commands.
Q = $(if $(V),,@)
SAY = $(if $(V),@:,@printf '  %-4s %s\n')

SRC   := $(wildcard src/*.c)
TESTS := $(patsubst tests/unit/%.c,%,$(wildcard tests/unit/test_*.c))

# The languages podium speaks besides English, one po/LANG.po each; the
# build tree's catalogues sit beside the binaries (i18n.c finds them).
LANGS := $(patsubst po/%.po,%,$(wildcard po/*.po))
MO     = $(LANGS:%=build/locale/%/LC_MESSAGES/podium.mo)
SAN_MO = $(LANGS:%=build/san/locale/%/LC_MESSAGES/podium.mo)

OBJ     := $(SRC:src/%.c=build/obj/%.o)
SAN_OBJ := $(SRC:src/%.c=build/san/obj/%.o)
LIB_OBJ     = $(filter-out %/main.o,$(OBJ))
LIB_SAN_OBJ = $(filter-out %/main.o,$(SAN_OBJ))

.PHONY: all run demo deps check man-lint unit unit-san e2e install uninstall clean bench pot po FORCE
all: build/podium $(MO)

# Two rules: one pattern rule with two targets would make only one of them.
build/locale/%/LC_MESSAGES/podium.mo: po/%.po
	@mkdir -p $(@D)
	$(SAY) MO $<
	$(Q)msgfmt --check -o $@ $<

build/san/locale/%/LC_MESSAGES/podium.mo: po/%.po
	@mkdir -p $(@D)
	$(SAY) MO '$< (sanitized)'
	$(Q)msgfmt --check -o $@ $<

# The template of every string to translate, from the sources (`make
# pot`), and each language's file brought up to it (`make po`: then
# translate what msgfmt --statistics says is untranslated or fuzzy).
# Without locations and sorted, so that the template changes only when a
# string does; its creation date is left out for the same reason.
XGETTEXT = LC_ALL=C.UTF-8 xgettext --from-code=UTF-8 --language=C --keyword=_ --keyword=N_ \
           --keyword=P_:1,2 --keyword=W:2 --add-comments=TRANSLATORS: --package-name=podium \
           --package-version=$(VERSION) --msgid-bugs-address=podium-maintainers --sort-output --no-location --no-wrap
POT_OUT ?= po/podium.pot
pot:
	$(XGETTEXT) -o - $(SRC) | sed '/^"POT-Creation-Date: /d' > $(POT_OUT)
po: pot
	for l in $(LANGS); do msgmerge --quiet --no-wrap --update --backup=none po/$$l.po po/podium.pot; done

build/obj/%.o: src/%.c
	@mkdir -p $(@D)
	$(SAY) CC $<
	$(Q)$(CC) $(ALL_CFLAGS) -c -o $@ $<

build/san/obj/%.o: src/%.c
	@mkdir -p $(@D)
	$(SAY) CC '$< (sanitized)'
	$(Q)$(CC) $(ALL_CFLAGS) $(SAN_FLAGS) -c -o $@ $<

# The installed default configuration's path is compiled in: rebuild what
# uses it whenever PREFIX or DATADIR changes.
build/datadir.txt: FORCE
	@mkdir -p $(@D)
	@echo '$(DATADIR) $(LOCALEDIR)' | cmp -s - $@ || echo '$(DATADIR) $(LOCALEDIR)' > $@
build/obj/config.o build/san/obj/config.o build/obj/i18n.o build/san/obj/i18n.o: build/datadir.txt
FORCE:

build/podium: $(OBJ)
	$(SAY) LD $@
	$(Q)$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $^ $(PKG_LIBS)

build/san/podium: $(SAN_OBJ)
	$(SAY) LD $@
	$(Q)$(CC) $(CFLAGS) $(SAN_FLAGS) $(LDFLAGS) -o $@ $^ $(PKG_LIBS)

# Unit tests link every object but main.o, plain and sanitized.
# ... and the fixtures the tests share (tests/unit/fixtures.h).
build/tests/%: tests/unit/%.c tests/unit/fixtures.h $(LIB_OBJ)
	@mkdir -p $(@D)
	$(SAY) CCLD $@
	$(Q)$(CC) $(ALL_CFLAGS) -Isrc -o $@ $(filter-out %.h,$^) $(PKG_LIBS) $(shell $(PKG_CONFIG) --libs cmocka)

build/san/tests/%: tests/unit/%.c tests/unit/fixtures.h $(LIB_SAN_OBJ)
	@mkdir -p $(@D)
	$(SAY) CCLD $@
	$(Q)$(CC) $(ALL_CFLAGS) $(SAN_FLAGS) -Isrc -o $@ $(filter-out %.h,$^) $(PKG_LIBS) $(shell $(PKG_CONFIG) --libs cmocka)

deps:
	@tools/deps.sh build

run: deps
	@$(MAKE) --no-print-directory all
	build/podium -c conf/podium.cfg

# A rehearsal against a live test stream on 127.0.0.1 (ffmpeg): every
# panel working, no internet needed. `make demo ROLE=technician`.
ROLE ?= moderator
demo: deps
	@tools/deps.sh demo
	@$(MAKE) --no-print-directory all
	tools/demo.sh $(ROLE)

# The test command: installs its own dependencies, then every test, plain
# and under AddressSanitizer + UndefinedBehaviorSanitizer.
check:
	@tools/deps.sh test
	@tools/check-po.sh
	@$(MAKE) --no-print-directory man-lint unit unit-san e2e fuzz-replay

# Every man page, English and Swedish, as mandoc and groff read them:
# nothing to say, not even style (a line over 80 bytes as mandoc counts
# it, where å is \[u00E5]).
MAN_PAGES := $(wildcard man/*.[0-9] man/*/*.[0-9])
man-lint:
	$(SAY) LINT '$(MAN_PAGES)'
	$(Q)out=$$(for f in $(MAN_PAGES); do mandoc -Tlint $$f; \
	    groff -Tutf8 -Kutf8 -ww -z -man $$f; done 2>&1); \
	    [ -z "$$out" ] || { echo "$$out"; exit 1; }

# test_words reads the catalogue the build made (build/locale).
unit: $(TESTS:%=build/tests/%) $(MO)
	@tools/run-unit.sh build/tests $(TESTS)

unit-san: $(TESTS:%=build/san/tests/%) $(MO)
	@tools/run-unit.sh build/san/tests $(TESTS)

e2e: build/podium build/san/podium $(MO) $(SAN_MO)
	@PODIUM=build/san/podium tests/e2e/run.sh

bench: build/podium
	bench/run.sh

install: build/podium $(MO)
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(MANDIR)/man1 $(DESTDIR)$(MANDIR)/man5 \
		$(DESTDIR)$(DATADIR)
	install -m 755 build/podium $(DESTDIR)$(BINDIR)/podium
	install -m 755 tools/podium-mirror $(DESTDIR)$(BINDIR)/podium-mirror
	install -m 644 man/podium.1 $(DESTDIR)$(MANDIR)/man1/podium.1
	install -m 644 man/podium-mirror.1 $(DESTDIR)$(MANDIR)/man1/podium-mirror.1
	install -m 644 man/podium.cfg.5 $(DESTDIR)$(MANDIR)/man5/podium.cfg.5
	install -m 644 man/podium.5 $(DESTDIR)$(MANDIR)/man5/podium.5
	install -d $(DESTDIR)$(MANDIR)/sv/man1
	install -m 644 man/sv/podium.1 $(DESTDIR)$(MANDIR)/sv/man1/podium.1
	install -m 644 conf/podium.cfg $(DESTDIR)$(DATADIR)/podium.cfg
	for l in $(LANGS); do \
		install -d $(DESTDIR)$(LOCALEDIR)/$$l/LC_MESSAGES && \
		install -m 644 build/locale/$$l/LC_MESSAGES/podium.mo \
			$(DESTDIR)$(LOCALEDIR)/$$l/LC_MESSAGES/podium.mo; \
	done

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/podium $(DESTDIR)$(BINDIR)/podium-mirror $(DESTDIR)$(MANDIR)/man1/podium.1 \
		$(DESTDIR)$(MANDIR)/man1/podium-mirror.1 \
		$(DESTDIR)$(MANDIR)/man5/podium.cfg.5 $(DESTDIR)$(MANDIR)/man5/podium.5 \
		$(DESTDIR)$(MANDIR)/sv/man1/podium.1 \
		$(DESTDIR)$(DATADIR)/podium.cfg
	for l in $(LANGS); do rm -f $(DESTDIR)$(LOCALEDIR)/$$l/LC_MESSAGES/podium.mo; done

clean:
	rm -rf build

# the fuzzers (tests/fuzz/fuzz.mk, HACKING.md); a copy without them still
# builds and installs
-include tests/fuzz/fuzz.mk

-include $(OBJ:.o=.d) $(SAN_OBJ:.o=.d)
