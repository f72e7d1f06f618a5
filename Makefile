# Shunt build. `make demo` and `make check` are the two set-up commands:
# both install what is missing (scripts/install-deps) before building.

CC       ?= gcc
BUILD    := build
CFLAGS   := -std=c17 -O2 -g -fPIE -D_GNU_SOURCE \
            -Wall -Wextra -Werror -Wshadow -Wundef -Wstrict-prototypes \
            -Wmissing-prototypes -Wvla -Wformat=2 -Isrc
ASFLAGS  := -fPIE -g -Isrc
LDFLAGS  := -pie
LDLIBS   := -lZydis -lZycore

SRCS_C   := $(sort $(wildcard src/*.c src/*/*.c))
SRCS_S   := $(sort $(wildcard src/*/*.S))
OBJS     := $(SRCS_C:%.c=$(BUILD)/%.o) $(SRCS_S:%.S=$(BUILD)/%.o)
LIB_OBJS := $(filter-out $(BUILD)/src/main.o,$(OBJS))

# The same translator built with AddressSanitizer and UBSan: make check runs
# the guest programs under it too (its reports land on stderr, which the
# harness compares with the native run).
ASAN_FLAGS := -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer
ASAN_OBJS  := $(SRCS_C:%.c=$(BUILD)/asan/%.o) $(SRCS_S:%.S=$(BUILD)/asan/%.o)

.PHONY: all asan deps demo check unit guests clean format format-check

all: $(BUILD)/shunt

deps:
	@scripts/install-deps

$(BUILD)/shunt: $(OBJS)
	@echo "  LD      $@"
	@$(CC) $(LDFLAGS) -o $@ $^ $(LDLIBS)

$(BUILD)/%.o: %.c
	@mkdir -p $(dir $@)
	@echo "  CC      $<"
	@$(CC) $(CFLAGS) -MMD -MP -c -o $@ $<

$(BUILD)/%.o: %.S
	@mkdir -p $(dir $@)
	@echo "  AS      $<"
	@$(CC) $(ASFLAGS) -MMD -MP -c -o $@ $<

asan: $(BUILD)/asan/shunt

$(BUILD)/asan/shunt: $(ASAN_OBJS)
	$(CC) $(LDFLAGS) $(ASAN_FLAGS) -o $@ $^ $(LDLIBS)

$(BUILD)/asan/%.o: %.c
	@mkdir -p $(dir $@)
	@echo "  CC/ASAN $<"
	@$(CC) $(CFLAGS) $(ASAN_FLAGS) -MMD -MP -c -o $@ $<

$(BUILD)/asan/%.o: %.S
	@mkdir -p $(dir $@)
	@echo "  AS/ASAN $<"
	@$(CC) $(ASFLAGS) -MMD -MP -c -o $@ $<

# Everything but main.o, for unit tests.
$(BUILD)/libshunt.a: $(LIB_OBJS)
	ar rcs $@ $^

demo: deps
	@$(MAKE) --no-print-directory all
	@scripts/demo

check: deps
	@$(MAKE) --no-print-directory all asan $(BUILD)/libshunt.a
	@$(MAKE) --no-print-directory -C tests
	@tests/run

format:
	clang-format -i $(SRCS_C) $(wildcard src/*/*.h tests/unit/*.c tests/sweep/*.c tests/sweep/*.h)

format-check:
	@clang-format --dry-run --Werror $(SRCS_C) $(wildcard src/*/*.h tests/unit/*.c tests/sweep/*.c tests/sweep/*.h)

clean:
	rm -rf $(BUILD)
	@$(MAKE) --no-print-directory -C tests clean

-include $(OBJS:.o=.d) $(ASAN_OBJS:.o=.d)
